using FFRepro.Stats.Hypotheses;
using FFRepro.Stats.Tests;

namespace FFRepro.Stats.Suite;

/// <summary>Holm within each (family, variant), then the verdicts.</summary>
internal static class HolmStage
{
    public static List<HypothesisRow> Finalize(IReadOnlyList<HypothesisRow> rows, StatsOptions o)
    {
        var result = rows.ToArray();
        foreach (var family in Enumerable.Range(0, rows.Count).GroupBy(i => (rows[i].Family, rows[i].Variant)))
        {
            var idx = family.ToArray();
            var adjusted = Holm.Adjust(idx.Select(i => rows[i].P).ToArray());
            for (var k = 0; k < idx.Length; k++)
            {
                var r = rows[idx[k]] with { PHolm = adjusted[k] };
                result[idx[k]] = r with { Verdict = Verdict(r, o) };
            }
        }

        return [.. result];
    }

    private static string Verdict(HypothesisRow r, StatsOptions o)
    {
        if (double.IsNaN(r.P)) return Verdicts.Inconclusive;
        if (r.PHolm < o.Alpha) return Verdicts.Supported;
        if (r.Family == Families.H2Level) return r.CiHigh < o.StrongR ? Verdicts.NotSupported : Verdicts.Inconclusive;
        return Verdicts.NotSupported;
    }
}
