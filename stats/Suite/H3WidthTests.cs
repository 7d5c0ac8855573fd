using FFRepro.Stats.Correlation;
using FFRepro.Stats.Hypotheses;
using FFRepro.Stats.Tests;

namespace FFRepro.Stats.Suite;

/// <summary>H3: per depth (and epochs) and layer, Spearman rho between width and per-run z, one-sided negative, permutation p.</summary>
internal static class H3WidthTests
{
    public static IEnumerable<HypothesisRow> Build(
        IReadOnlyList<RunCurves> runs, ZIndex z, IReadOnlyList<CorrelationVariant> variants, StatsOptions o, ExclusionLog log)
    {
        var groups = runs.GroupBy(r => (r.Run.Depth, r.Run.Epochs)).OrderBy(g => g.Key)
            .ToLookup(g => g.Select(r => r.Run.Width).Distinct().Count() >= 2);
        foreach (var g in groups[false])
            log.Add("H3", $"depth={g.Key.Depth} epochs={g.Key.Epochs}", "fewer_than_2_widths: no H3 test", g.Count());

        foreach (var v in variants)
            foreach (var g in groups[true])
            {
                var (depth, epochs) = g.Key;
                for (var layer = 1; layer <= depth; layer++)
                {
                    var all = g.Select(r => (W: (double)r.Run.Width, Z: z.Get(r.Run.RunId, layer, v))).ToArray();
                    var usable = all.Where(p => double.IsFinite(p.Z)).ToArray();
                    log.Add("H3", $"{v.Name} depth={depth} epochs={epochs} layer={layer}", "correlation_undefined_or_missing",
                        all.Length - usable.Length);
                    yield return Row(v.Name, depth, epochs, layer, usable, all.Length - usable.Length, o);
                }
            }
    }

    private static HypothesisRow Row(string variant, int depth, int epochs, int layer, (double W, double Z)[] pairs, int excluded, StatsOptions o)
    {
        var n = pairs.Length;
        var test = n >= o.MinRuns
            ? SpearmanPermutation.Less(pairs.Select(p => p.W).ToArray(), pairs.Select(p => p.Z).ToArray(), o.Permutations, o.PermutationSeed)
            : null;
        var rho = test?.Rho ?? double.NaN;
        // Fieller, Hartley & Pearson (1957): var(atanh rho_s) ~ 1.06 / (n - 3).
        var half = n > 3 ? MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - (1 - o.Confidence) / 2) * Math.Sqrt(1.06 / (n - 3)) : double.NaN;
        var zr = FisherZ.Transform(rho);
        return new HypothesisRow
        {
            Hypothesis = "H3", Family = Families.H3Width, Variant = variant,
            Depth = depth, Width = null, Epochs = epochs, Layers = layer.ToString(System.Globalization.CultureInfo.InvariantCulture),
            N = n, Excluded = excluded,
            Effect = rho, EffectUnit = "Spearman rho(width, per-run z)",
            CiLow = FisherZ.Inverse(zr - half), CiHigh = FisherZ.Inverse(zr + half), PositiveFraction = null,
            StatisticName = "rho", Statistic = rho, P = test?.P ?? double.NaN, PHolm = double.NaN, Verdict = "",
        };
    }
}
