using System.Globalization;
using FFRepro.Stats.Hypotheses;
using FFRepro.Stats.Onsets;
using FFRepro.Stats.Tests;

namespace FFRepro.Stats.Suite;

/// <summary>
/// H1: per width (and epochs) and adjacent layer pair, a one-sided sign-flip test that the mean delay
/// onset(l+1) - onset(l) over seeds is above 0, in optimizer steps (<see cref="CurveAxis.Unit"/>). Both onsets on the same
/// evaluation point give a delay of 0 steps: below the schedule's resolution, its sign unknown, so it enters as a tie
/// (the row's zero fraction). Cells of different depths whose layers l
/// and l+1 are the same data (same seeds, bit-identical curves: layers are trained on detached inputs from per-seed
/// generators, so a deeper network repeats a shallower one's layers) are tested once, so Holm counts each distinct test once.
/// </summary>
internal static class H1DelayTests
{
    public static IEnumerable<HypothesisRow> Build(
        IReadOnlyList<RunCurves> runs, IReadOnlyList<DelayRow> delays,
        IReadOnlyList<(string Variant, string Metric, double Tau)> variants, StatsOptions o, ExclusionLog log)
    {
        var index = delays.ToDictionary(d => (d.RunId, d.Metric, d.Tau, d.ShallowLayer));
        var columns = runs.GroupBy(r => (r.Run.Width, r.Run.Epochs)).OrderBy(g => g.Key).ToList();
        foreach (var (variant, metric, tau) in variants)
            foreach (var column in columns)
            {
                var (width, epochs) = column.Key;
                var cells = column.GroupBy(r => r.Run.Depth).OrderBy(g => g.Key)
                    .Select(g => (Depth: g.Key, BySeed: g.ToDictionary(r => r.Run.Seed))).ToList();
                for (var l = 1; l < cells.Max(c => c.Depth); l++)
                    foreach (var group in SharedGroups(cells.Where(c => c.Depth > l).ToList(), l, metric))
                    {
                        var depths = string.Join(",", group.Select(c => Text.Int(c.Depth)));
                        var scope = $"{variant} depths={depths} width={width} epochs={epochs} layers={l}-{l + 1}";
                        // Each seed once, from the shallowest cell that has it (the cells agree wherever they overlap).
                        var seedRuns = group.SelectMany(c => c.BySeed).GroupBy(kv => kv.Key).Select(g => g.First().Value).ToList();
                        var found = seedRuns.Select(r => index.GetValueOrDefault((r.Run.RunId, metric, tau, l))).ToList();
                        log.Add("H1", scope, "curve_missing", found.Count(d => d is null));
                        foreach (var miss in found.Where(d => d is { DelaySteps: null }).GroupBy(d => d!.MissingReason!))
                            log.Add("H1", scope, miss.Key, miss.Count());
                        var d = found.Where(x => x?.DelaySteps is not null).Select(x => (double)x!.DelaySteps!.Value).ToArray();
                        var note = group.Count > 1
                            ? $"layers {Text.Int(l)}-{Text.Int(l + 1)} are the same data in depths {depths.Replace(",", ", ")} (same seeds): one test"
                            : "";
                        yield return Row(variant, group, width, epochs, $"{Text.Int(l)}-{Text.Int(l + 1)}", d, seedRuns.Count - d.Length, note, o);
                    }
            }
    }

    private static HypothesisRow Row(
        string variant, List<(int Depth, Dictionary<long, RunCurves> BySeed)> group, int width, int epochs, string layers,
        double[] d, int excluded, string note, StatsOptions o)
    {
        var ci = Bootstrap.MeanCi(d, o.BootstrapResamples, o.ResamplingSeed, o.Confidence, o.BootstrapMethod);
        var test = d.Length >= o.MinRuns ? SignFlip.Greater(d, o.Permutations, o.PermutationSeed) : null;
        return new HypothesisRow
        {
            Hypothesis = "H1", Family = Families.H1Delay, Variant = variant,
            Depth = group.Count == 1 ? group[0].Depth : null, Width = width, Epochs = epochs, Layers = layers,
            Depths = string.Join(",", group.Select(c => Text.Int(c.Depth))), Widths = Text.Int(width),
            N = d.Length, Excluded = excluded,
            Effect = ci.Value, EffectUnit = $"mean delay ({CurveAxis.Unit})", CiLow = ci.Low, CiHigh = ci.High,
            PositiveFraction = Share(d, x => x > 0), ZeroFraction = Share(d, x => x == 0), NegativeFraction = Share(d, x => x < 0),
            Test = test is null ? "sign-flip (not run)" : test.Exact ? "sign-flip, exact" : $"sign-flip, {Text.Int(test.Resamples)} random signs",
            StatisticName = "mean", Statistic = test?.Mean ?? double.NaN, P = test?.P ?? double.NaN,
            PHolm = double.NaN, Verdict = "", Note = note,
        };
    }

    /// <summary>
    /// Partitions the cells (ascending depth) into groups whose layers l and l+1 hold bit-identical curves for every
    /// seed they share (at least one): checked in the data, never assumed.
    /// </summary>
    private static List<List<(int Depth, Dictionary<long, RunCurves> BySeed)>> SharedGroups(
        List<(int Depth, Dictionary<long, RunCurves> BySeed)> cells, int l, string metric)
    {
        var groups = new List<List<(int Depth, Dictionary<long, RunCurves> BySeed)>>();
        foreach (var cell in cells)
        {
            var home = groups.FirstOrDefault(g => Same(g[0].BySeed, cell.BySeed, l, metric));
            if (home is null) groups.Add([cell]);
            else home.Add(cell);
        }

        return groups;
    }

    private static bool Same(Dictionary<long, RunCurves> a, Dictionary<long, RunCurves> b, int l, string metric)
    {
        var common = a.Keys.Intersect(b.Keys).ToList();
        return common.Count > 0 && common.All(seed =>
            Identical(a[seed].Get(l, metric), b[seed].Get(l, metric)) && Identical(a[seed].Get(l + 1, metric), b[seed].Get(l + 1, metric)));
    }

    private static bool Identical(double[]? x, double[]? y) =>
        x is not null && y is not null && x.Length == y.Length &&
        x.Zip(y).All(p => BitConverter.DoubleToInt64Bits(p.First) == BitConverter.DoubleToInt64Bits(p.Second));

    internal static double? Share(double[] d, Func<double, bool> which) => d.Length > 0 ? d.Count(which) / (double)d.Length : null;
}
