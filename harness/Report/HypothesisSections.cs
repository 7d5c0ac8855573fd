using System.Text;
using FFRepro.Stats;
using FFRepro.Stats.Hypotheses;

namespace FFRepro.Harness.Report;

/// <summary>The verdicts summary, the per-hypothesis tables of the primary variant and the robustness counts.</summary>
internal static class HypothesisSections
{
    private const string Primary = "primary";

    /// <summary>One row per family of the primary variant: counts of verdicts and the strongest and weakest effect.</summary>
    public static void WriteVerdicts(StringBuilder sb, StatsTables tables, StatsOptions o)
    {
        sb.Append("## Verdicts\n\n");
        sb.Append($"Primary variant: layer metric `{o.LayerMetric}`, model metric `{o.ModelMetric}`, split `{o.Split}`, ")
          .Append($"tau = {Fmt.Exact(o.Tau)}, Pearson on raw curves; Holm within each family at alpha = {Fmt.Exact(o.Alpha)}. ")
          .Append("Strongest/weakest: the most/least extreme effect in the claimed direction.\n\n");
        var table = new MarkdownTable("hypothesis", "family", "claim", "tests", Verdicts.Supported, Verdicts.NotSupported,
            Verdicts.Inconclusive, "strongest effect", "weakest effect");
        foreach (var family in FamiliesPresent(tables))
        {
            var rows = tables.Hypotheses.Where(h => h.Variant == Primary && h.Family == family).ToList();
            if (rows.Count == 0) continue;
            var ranked = rows.Where(r => double.IsFinite(r.Effect)).OrderByDescending(r => Claims.Direction(family) * r.Effect).ToList();
            table.Add(rows[0].Hypothesis, family, Claims.Text(family), Fmt.Int(rows.Count),
                Fmt.Int(Count(rows, Verdicts.Supported)), Fmt.Int(Count(rows, Verdicts.NotSupported)), Fmt.Int(Count(rows, Verdicts.Inconclusive)),
                ranked.Count > 0 ? Describe(ranked[0]) : Fmt.Missing, ranked.Count > 0 ? Describe(ranked[^1]) : Fmt.Missing);
        }

        if (table.Count == 0) sb.Append("No primary tests.\n\n");
        else table.WriteTo(sb);
    }

    /// <summary>A section per hypothesis with one table per family: every primary row with its effect, CI, test and verdict.</summary>
    public static void WriteHypotheses(StringBuilder sb, StatsTables tables)
    {
        foreach (var hypothesis in tables.Hypotheses.Select(h => h.Hypothesis).Distinct().Order(StringComparer.Ordinal))
        {
            sb.Append($"## {hypothesis}\n\n");
            foreach (var family in FamiliesPresent(tables))
            {
                var rows = tables.Hypotheses.Where(h => h.Hypothesis == hypothesis && h.Variant == Primary && h.Family == family).ToList();
                if (rows.Count == 0) continue;
                sb.Append($"### {family}: {Claims.Text(family)}\n\n");
                var table = new MarkdownTable("cell", "layers", "n", "excluded", "effect", "unit", "CI", "statistic", "p", "p_holm", "verdict");
                foreach (var r in rows)
                    table.Add(Fmt.Cell(r.Depth, r.Width, r.Epochs), r.Layers, Fmt.Int(r.N), Fmt.Int(r.Excluded), Fmt.Effect(r.Effect),
                        r.EffectUnit, Fmt.Ci(r.CiLow, r.CiHigh), $"{r.StatisticName} = {Fmt.Stat(r.Statistic)}", Fmt.P(r.P), Fmt.P(r.PHolm), r.Verdict);
                table.WriteTo(sb);
            }
        }
    }

    /// <summary>Counts of verdicts per variant and family, primary first, so a reader sees whether a verdict survives other choices.</summary>
    public static void WriteRobustness(StringBuilder sb, StatsTables tables)
    {
        sb.Append("## Robustness\n\n");
        sb.Append("Verdict counts per variant (other taus, the goodness metric, Spearman, detrended first differences).\n\n");
        var variants = tables.Hypotheses.Select(h => h.Variant).Distinct()
            .OrderBy(v => v == Primary ? 0 : 1).ThenBy(v => v, StringComparer.Ordinal).ToList();
        var table = new MarkdownTable("variant", "family", "tests", Verdicts.Supported, Verdicts.NotSupported, Verdicts.Inconclusive);
        foreach (var variant in variants)
            foreach (var family in FamiliesPresent(tables))
            {
                var rows = tables.Hypotheses.Where(h => h.Variant == variant && h.Family == family).ToList();
                if (rows.Count == 0) continue;
                table.Add(variant, family, Fmt.Int(rows.Count), Fmt.Int(Count(rows, Verdicts.Supported)),
                    Fmt.Int(Count(rows, Verdicts.NotSupported)), Fmt.Int(Count(rows, Verdicts.Inconclusive)));
            }

        if (table.Count == 0) sb.Append("No tests.\n\n");
        else table.WriteTo(sb);
    }

    // Known families in the paper's order, then any other family the tables hold (so nothing is silently dropped).
    private static IEnumerable<string> FamiliesPresent(StatsTables tables)
    {
        var present = tables.Hypotheses.Select(h => h.Family).Distinct().ToHashSet();
        return Claims.Families.Where(present.Contains).Concat(present.Except(Claims.Families).Order(StringComparer.Ordinal));
    }

    private static int Count(IEnumerable<HypothesisRow> rows, string verdict) => rows.Count(r => r.Verdict == verdict);

    private static string Describe(HypothesisRow r) => $"{Fmt.Effect(r.Effect)} ({Fmt.Cell(r.Depth, r.Width, r.Epochs)} L{r.Layers})";
}
