using System.Text;
using FFRepro.Stats;
using FFRepro.Stats.Data;

namespace FFRepro.Harness.Report;

/// <summary>
/// The text of report.md: provenance first, then design coverage, verdicts, per-hypothesis tables, sensitivity,
/// measurement choices that change a verdict, robustness, evaluation points, exclusions and figures.
/// </summary>
internal static class ReportMarkdown
{
    /// <summary>The whole report; <paramref name="figures"/> are file names relative to the figures folder, PNG and SVG pairs.</summary>
    public static string Build(ReportInput input, IReadOnlyList<FigureInfo> figures)
    {
        var sb = new StringBuilder();
        sb.Append($"# FFRepro report: {input.GridName}\n\n");
        WriteProvenance(sb, input);
        CoverageSection.Write(sb, input.Tables);
        HypothesisSections.WriteVerdicts(sb, input.Tables, input.Options);
        HypothesisSections.WriteHypotheses(sb, input.Tables, input.Options);
        SensitivitySection.Write(sb, input.Tables, input.Options);
        ValiditySection.Write(sb, input.Tables);
        HypothesisSections.WriteRobustness(sb, input.Tables);
        ScheduleSection.Write(sb, input);
        WriteExclusions(sb, input.Tables);
        WriteFigures(sb, figures);
        return sb.ToString();
    }

    private static void WriteProvenance(StringBuilder sb, ReportInput input)
    {
        sb.Append("## Provenance\n\n");
        var env = new MarkdownTable("key", "value");
        // Ordinal key order: the dictionary's own order is not part of its contract.
        foreach (var (key, value) in input.Provenance.OrderBy(p => p.Key, StringComparer.Ordinal)) env.Add(key, value);
        env.WriteTo(sb);

        var o = input.Options;
        var runs = new MarkdownTable("runs", "count");
        runs.Add("total", Fmt.Int(input.Runs.Count));
        foreach (var status in input.Runs.Select(r => r.Status).Distinct().Order(StringComparer.Ordinal))
            runs.Add(status, Fmt.Int(input.Runs.Count(r => r.Status == status)));
        runs.Add("cells", Fmt.Int(input.Runs.Select(r => (r.Depth, r.Width, r.Epochs)).Distinct().Count()));
        runs.WriteTo(sb);

        sb.Append("Statistics options: ")
          .Append($"layer metric `{o.LayerMetric}` (alternative `{o.AlternativeLayerMetric}`), model metric `{o.ModelMetric}`, split `{o.Split}`, ")
          .Append($"tau {Fmt.Exact(o.Tau)} (also {string.Join(", ", o.ExtraTaus.Select(Fmt.Exact))}), alpha {Fmt.Exact(o.Alpha)}, ")
          .Append($"confidence {Fmt.Exact(o.Confidence)}, strong r {Fmt.Exact(o.StrongR)}, rise fraction {Fmt.Exact(o.RiseFraction)}, ")
          .Append($"tie tolerance {Fmt.Exact(o.TieTolerance)} (relative), min runs {Fmt.Int(o.MinRuns)}, ")
          .Append($"bootstrap {Fmt.Int(o.BootstrapResamples)} ({o.BootstrapMethod}, seed {Fmt.Int(o.ResamplingSeed)}), ")
          .Append($"permutations {Fmt.Int(o.Permutations)} (seed {Fmt.Int(o.PermutationSeed)}).\n\n");

        sb.Append("<details><summary>Resolved grid spec</summary>\n\n```json\n")
          .Append(input.SpecJson.Replace("\r\n", "\n").TrimEnd('\n'))
          .Append("\n```\n\n</details>\n\n");
    }

    private static void WriteExclusions(StringBuilder sb, StatsTables tables)
    {
        sb.Append("## Exclusions\n\n");
        // Tests the design rules out are listed under design coverage.
        var rows = tables.Exclusions.Where(e => e.Count > 0 && e.Stage != "design").ToList();
        if (rows.Count == 0)
        {
            sb.Append("Nothing was excluded.\n\n");
            return;
        }

        var table = new MarkdownTable("stage", "scope", "reason", "count");
        foreach (var e in rows) table.Add(e.Stage, e.Scope, e.Reason, Fmt.Int(e.Count));
        table.WriteTo(sb);
    }

    private static void WriteFigures(StringBuilder sb, IReadOnlyList<FigureInfo> figures)
    {
        sb.Append("## Figures\n\n");
        if (figures.Count == 0) sb.Append("No figures.\n");
        foreach (var f in figures)
            sb.Append($"- [{f.Caption}](figures/{f.Name}.png) ([svg](figures/{f.Name}.svg))\n");
    }
}
