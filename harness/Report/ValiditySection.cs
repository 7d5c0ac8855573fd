using System.Text;
using FFRepro.Stats;
using FFRepro.Stats.Hypotheses;

namespace FFRepro.Harness.Report;

/// <summary>
/// The paper's own threat to validity, "the method of determining correlation", made concrete: for each claim, which
/// other measurement choices (every non-primary variant of the hypotheses table: the correlation windows, Spearman,
/// the other layer metric, other onset thresholds) give a different verdict than the primary measurement, and in how
/// many of its tests.
/// </summary>
internal static class ValiditySection
{
    public static void Write(StringBuilder sb, StatsTables tables)
    {
        sb.Append("## Measurement choices that change a verdict\n\n");
        sb.Append("The paper lists the method of determining correlation as a threat to validity. Per claim: the primary ")
          .Append("verdicts, then each other measurement that changes the verdict of at least one test (to what), and those ")
          .Append("that change none.\n\n");
        foreach (var family in HypothesisSections.FamiliesPresent(tables))
        {
            var rows = tables.Hypotheses.Where(h => h.Family == family).ToList();
            var primary = rows.Where(h => h.Variant == Variants.Primary).ToDictionary(Key);
            if (primary.Count == 0) continue;
            var changing = new List<string>();
            var unchanged = new List<string>();
            foreach (var variant in rows.Select(h => h.Variant).Where(v => v != Variants.Primary).Distinct())
            {
                var changed = rows.Where(h => h.Variant == variant && primary.TryGetValue(Key(h), out var p) && p.Verdict != h.Verdict).ToList();
                var tested = rows.Count(h => h.Variant == variant && primary.ContainsKey(Key(h)));
                if (changed.Count == 0) unchanged.Add($"`{variant}`");
                else
                    changing.Add($"`{variant}` in {Fmt.Int(changed.Count)} of {Fmt.Int(tested)} (to " +
                        string.Join(", ", changed.GroupBy(h => h.Verdict).OrderBy(g => g.Key, StringComparer.Ordinal)
                            .Select(g => $"{g.Key}: {Fmt.Int(g.Count())}")) + ")");
            }

            sb.Append($"- **{family}** ({Fmt.Int(primary.Count)} tests; primary: {Counts(primary.Values)}). ");
            sb.Append(changing.Count == 0
                ? "No other measurement changes a verdict"
                : "Changed by " + string.Join("; ", changing));
            if (unchanged.Count > 0) sb.Append($". Unchanged under {string.Join(", ", unchanged)}");
            sb.Append(".\n");
        }

        sb.Append('\n');
    }

    private static (int?, int?, int?, string, string, string) Key(HypothesisRow h) =>
        (h.Depth, h.Width, h.Epochs, h.Layers, h.Depths, h.Widths);

    private static string Counts(IEnumerable<HypothesisRow> rows) => string.Join(", ",
        rows.GroupBy(h => h.Verdict).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{Fmt.Int(g.Count())} {g.Key}"));
}
