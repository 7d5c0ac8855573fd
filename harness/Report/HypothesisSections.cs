using System.Text;
using FFRepro.Stats;
using FFRepro.Stats.Hypotheses;

namespace FFRepro.Harness.Report;

/// <summary>The verdicts summary, the per-hypothesis tables of the primary variant and the robustness counts.</summary>
internal static class HypothesisSections
{
    /// <summary>One row per family of the primary variant: counts of verdicts, the robust verdicts, the strongest and weakest effect.</summary>
    public static void WriteVerdicts(StringBuilder sb, StatsTables tables, StatsOptions o)
    {
        sb.Append("## Verdicts\n\n");
        sb.Append($"Primary variant: layer metric `{o.LayerMetric}`, model metric `{o.ModelMetric}`, split `{o.Split}`, ")
          .Append($"tau = {Fmt.Exact(o.Tau)}, Pearson over the whole raw curves; Holm within each family at alpha = {Fmt.Exact(o.Alpha)}, ")
          .Append("each family holding one test per distinct group of runs. Robust: the verdict every measurement variant of the ")
          .Append("sensitivity table gives (mixed when they disagree). Strongest/weakest: the most/least extreme effect in the claimed direction.\n\n");
        var table = new MarkdownTable("hypothesis", "family", "claim", "test", "tests", Verdicts.Supported, Verdicts.NotSupported,
            Verdicts.Inconclusive, "robust (supported / not / mixed)", "strongest effect", "weakest effect");
        foreach (var family in FamiliesPresent(tables))
        {
            var rows = tables.Hypotheses.Where(h => h.Variant == Variants.Primary && h.Family == family).ToList();
            if (rows.Count == 0) continue;
            var ranked = rows.Where(r => double.IsFinite(r.Effect)).OrderByDescending(r => Claims.Direction(family) * r.Effect).ToList();
            var robust = tables.Sensitivity.Where(s => s.Family == family).ToList();
            table.Add(rows[0].Hypothesis, family, Claims.Text(family), Claims.Test(family), Fmt.Int(rows.Count),
                Fmt.Int(Count(rows, Verdicts.Supported)), Fmt.Int(Count(rows, Verdicts.NotSupported)), Fmt.Int(Count(rows, Verdicts.Inconclusive)),
                robust.Count == 0 ? Fmt.Missing
                    : $"{Fmt.Int(robust.Count(s => s.Robust == Verdicts.Supported))} / {Fmt.Int(robust.Count(s => s.Robust == Verdicts.NotSupported))} / {Fmt.Int(robust.Count(s => s.Robust == Verdicts.Mixed))}",
                ranked.Count > 0 ? Describe(ranked[0]) : Fmt.Missing, ranked.Count > 0 ? Describe(ranked[^1]) : Fmt.Missing);
        }

        if (table.Count == 0) sb.Append("No primary tests.\n\n");
        else table.WriteTo(sb);
    }

    /// <summary>A section per hypothesis with one table per family: every primary row with its effect, CI, test and verdict.</summary>
    public static void WriteHypotheses(StringBuilder sb, StatsTables tables, StatsOptions o)
    {
        foreach (var hypothesis in tables.Hypotheses.Select(h => h.Hypothesis).Distinct().Order(StringComparer.Ordinal))
        {
            sb.Append($"## {hypothesis}\n\n");
            foreach (var family in FamiliesPresent(tables))
            {
                var rows = tables.Hypotheses.Where(h => h.Hypothesis == hypothesis && h.Variant == Variants.Primary && h.Family == family).ToList();
                if (rows.Count == 0) continue;
                sb.Append($"### {family}: {Claims.Text(family)}\n\n");
                FamilyTables.Write(sb, family, rows, tables, o);
            }
        }
    }

    /// <summary>Counts of verdicts per variant and family, primary first, so a reader sees whether a verdict survives other choices.</summary>
    public static void WriteRobustness(StringBuilder sb, StatsTables tables)
    {
        sb.Append("## Robustness\n\n");
        sb.Append("Verdict counts per variant: the measurement variants of the sensitivity table, other taus, the goodness metric, ")
          .Append("Spearman, and (for an unbalanced design) H3 over all widths of each depth.\n\n");
        var variants = tables.Hypotheses.Select(h => h.Variant).Distinct()
            .OrderBy(v => v == Variants.Primary ? 0 : 1).ThenBy(v => v, StringComparer.Ordinal).ToList();
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
    public static IEnumerable<string> FamiliesPresent(StatsTables tables)
    {
        var present = tables.Hypotheses.Select(h => h.Family).Distinct().ToHashSet();
        return Families.All.Where(present.Contains).Concat(present.Except(Families.All).Order(StringComparer.Ordinal));
    }

    private static int Count(IEnumerable<HypothesisRow> rows, string verdict) => rows.Count(r => r.Verdict == verdict);

    private static string Describe(HypothesisRow r) => $"{Fmt.Effect(r.Effect)} ({Fmt.Group(r)} L{r.Layers})";
}
