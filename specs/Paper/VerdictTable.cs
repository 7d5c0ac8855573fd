using System.Globalization;
using System.Text;
using FFRepro.Stats.Hypotheses;

namespace FFRepro.Specs.Paper;

/// <summary>A machine-independent text form of hypothesis rows for snapshots: invariant culture, 4 significant digits.</summary>
public static class VerdictTable
{
    /// <summary>One line per row, in a stable order.</summary>
    public static string Render(IEnumerable<HypothesisRow> rows)
    {
        var text = new StringBuilder("hypothesis|family|variant|depths|widths|epochs|layers|n|effect|ci_low|ci_high|p_holm|verdict\n");
        foreach (var r in rows.OrderBy(r => r.Family, StringComparer.Ordinal).ThenBy(r => r.Variant, StringComparer.Ordinal)
                     .ThenBy(r => r.Depths, StringComparer.Ordinal).ThenBy(r => r.Width).ThenBy(r => r.Epochs).ThenBy(r => r.Layers, StringComparer.Ordinal))
            text.AppendLine(string.Join('|', r.Hypothesis, r.Family, r.Variant, r.Depths, r.Widths, r.Epochs, r.Layers, r.N,
                G(r.Effect), G(r.CiLow), G(r.CiHigh), G(r.PHolm), r.Verdict));
        return text.ToString();
    }

    /// <summary>Counts of each verdict among the primary-variant rows of one family.</summary>
    public static (int Supported, int NotSupported, int Inconclusive) Count(IEnumerable<HypothesisRow> rows, string family)
    {
        var primary = rows.Where(r => r.Family == family && r.Variant == Variants.Primary).ToList();
        return (primary.Count(r => r.Verdict == Verdicts.Supported), primary.Count(r => r.Verdict == Verdicts.NotSupported),
            primary.Count(r => r.Verdict == Verdicts.Inconclusive));
    }

    /// <summary>The primary rows of a family, one per line, for assertion messages.</summary>
    public static string Describe(IEnumerable<HypothesisRow> rows, string family) => string.Join("\n", rows
        .Where(r => r.Family == family && r.Variant == Variants.Primary)
        .Select(r => string.Create(CultureInfo.InvariantCulture,
            $"  d{r.Depths} w{r.Widths} e{r.Epochs} L{r.Layers}: {r.EffectUnit} = {r.Effect:0.###} [{r.CiLow:0.###}, {r.CiHigh:0.###}], {r.StatisticName} = {r.Statistic:0.###}, p = {r.P:G3}, p_holm = {r.PHolm:G3} -> {r.Verdict}")));

    private static string G(double v) => double.IsNaN(v) ? "NaN" : v.ToString("G4", CultureInfo.InvariantCulture);
}
