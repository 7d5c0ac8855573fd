using FFRepro.Stats.Correlation;
using FFRepro.Stats.Hypotheses;
using FFRepro.Stats.Tests;

namespace FFRepro.Stats.Suite;

/// <summary>
/// H3: per depth (and epochs) and layer, Spearman rho between width and per-run z, one-sided negative, permutation p.
/// Each test runs over the widths that every depth of its epochs count has (a balanced design), so that a width missing
/// at one depth cannot make that depth's trend look different from another's; the widths left out are named in the
/// row's note. The <c>all_widths</c> variant, present only when the design is unbalanced, tests every depth over all
/// its own widths.
/// </summary>
internal static class H3WidthTests
{
    public static IEnumerable<HypothesisRow> Build(
        IReadOnlyList<RunCurves> runs, ZIndex z, IReadOnlyList<CorrelationVariant> variants, StatsOptions o, ExclusionLog log)
    {
        var byEpochs = runs.GroupBy(r => r.Run.Epochs).OrderBy(g => g.Key).ToList();
        var rows = new List<HypothesisRow>();
        foreach (var v in variants)
            foreach (var group in byEpochs)
            {
                var depths = group.GroupBy(r => r.Run.Depth).OrderBy(g => g.Key).ToList();
                var common = depths.Select(d => d.Select(r => r.Run.Width).ToHashSet())
                    .Aggregate((a, b) => { a.IntersectWith(b); return a; }).Order().ToList();
                foreach (var depth in depths)
                {
                    var own = depth.Select(r => r.Run.Width).Distinct().Order().ToList();
                    var scope = $"depth={depth.Key} epochs={group.Key}";
                    if (common.Count < 2)
                    {
                        if (v.Name == Variants.Primary)
                            log.Add("H3", scope, $"fewer_than_2_widths_common_to_all_depths ({Text.List(common)}): no balanced H3 test", depth.Count());
                    }
                    else
                    {
                        var leftOut = own.Except(common).ToList();
                        var note = leftOut.Count == 0 ? "" : LeftOutNote(leftOut, depths.Select(d => d.Key), group);
                        rows.AddRange(Rows(v, v.Name, depth.Where(r => common.Contains(r.Run.Width)).ToList(), depth.Key, group.Key, common, note, z, o, log));
                    }

                    // The unbalanced view, once, on the primary correlation: what the test says when every depth keeps all its widths.
                    var unbalanced = depths.Any(d => d.Select(r => r.Run.Width).Distinct().Count() != common.Count);
                    if (v.Name == Variants.Primary && unbalanced && own.Count >= 2)
                        rows.AddRange(Rows(v, Variants.AllWidths, depth.ToList(), depth.Key, group.Key, own,
                            "all widths of this depth, although other depths lack some of them", z, o, log));
                }
            }

        return rows;
    }

    private static string LeftOutNote(List<int> leftOut, IEnumerable<int> depths, IEnumerable<RunCurves> group)
    {
        var missing = leftOut.Select(w => (w, Without: depths.Where(d => !group.Any(r => r.Run.Depth == d && r.Run.Width == w)).ToList()))
            .Select(x => $"{x.w} (no runs at depth {Text.Prose(x.Without)})");
        return $"width {string.Join(", ", missing)} left out: tested over the widths every depth has";
    }

    private static IEnumerable<HypothesisRow> Rows(
        CorrelationVariant v, string variantName, List<RunCurves> runs, int depth, int epochs, List<int> widths, string note,
        ZIndex z, StatsOptions o, ExclusionLog log)
    {
        for (var layer = 1; layer <= depth; layer++)
        {
            var all = runs.Select(r => (W: (double)r.Run.Width, Z: z.Get(r.Run.RunId, layer, v))).ToArray();
            foreach (var g in all.Where(p => p.Z.Reason is not null).GroupBy(p => p.Z.Reason!))
                log.Add("H3", $"{variantName} depth={depth} epochs={epochs} layer={layer}", g.Key, g.Count());
            var usable = all.Where(p => p.Z.Reason is null).Select(p => (p.W, p.Z.Z)).ToArray();
            yield return Row(variantName, depth, epochs, layer, widths, usable, all.Length - usable.Length, note, o);
        }
    }

    private static HypothesisRow Row(
        string variant, int depth, int epochs, int layer, List<int> widths, (double W, double Z)[] pairs, int excluded, string note, StatsOptions o)
    {
        var n = pairs.Length;
        var test = n >= o.MinRuns
            ? SpearmanPermutation.Less(pairs.Select(p => p.W).ToArray(), pairs.Select(p => p.Z).ToArray(), o.Permutations, o.PermutationSeed, o.TieTolerance)
            : null;
        var rho = test?.Rho ?? double.NaN;
        // Fieller, Hartley & Pearson (1957): var(atanh rho_s) ~ 1.06 / (n - 3).
        var half = n > 3 ? MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - (1 - o.Confidence) / 2) * Math.Sqrt(1.06 / (n - 3)) : double.NaN;
        var zr = FisherZ.Transform(rho);
        return new HypothesisRow
        {
            Hypothesis = "H3", Family = Families.H3Width, Variant = variant,
            Depth = depth, Width = null, Epochs = epochs, Layers = Text.Int(layer), Depths = Text.Int(depth), Widths = Text.List(widths),
            N = n, Excluded = excluded,
            Effect = rho, EffectUnit = "Spearman rho(width, per-run z)",
            CiLow = FisherZ.Inverse(zr - half), CiHigh = FisherZ.Inverse(zr + half),
            PositiveFraction = null, ZeroFraction = null, NegativeFraction = null,
            Test = test is null ? "Spearman permutation (not run)" : $"Spearman permutation, {Text.Int(o.Permutations)} permutations",
            StatisticName = "rho", Statistic = rho, P = test?.P ?? double.NaN, PHolm = double.NaN, Verdict = "", Note = note,
        };
    }
}
