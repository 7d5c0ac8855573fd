using FFRepro.Stats.Hypotheses;
using FFRepro.Stats.Onsets;
using FFRepro.Stats.Tests;

namespace FFRepro.Stats.Suite;

/// <summary>H1: per cell and adjacent layer pair, one-sided Wilcoxon signed-rank test of delay &gt; 0 (in optimizer steps) across seeds.</summary>
internal static class H1DelayTests
{
    public static IEnumerable<HypothesisRow> Build(
        IReadOnlyList<RunCurves> runs, IReadOnlyList<DelayRow> delays,
        IReadOnlyList<(string Variant, string Metric, double Tau)> variants, StatsOptions o, ExclusionLog log)
    {
        var index = delays.ToLookup(d => (d.Metric, d.Tau, d.Depth, d.Width, d.Epochs, d.ShallowLayer));
        var cells = runs.GroupBy(r => (r.Run.Depth, r.Run.Width, r.Run.Epochs)).OrderBy(g => g.Key).ToList();
        foreach (var (variant, metric, tau) in variants)
            foreach (var cell in cells)
            {
                var (depth, width, epochs) = cell.Key;
                var cellRuns = cell.Count();
                for (var l = 1; l < depth; l++)
                {
                    var group = index[(metric, tau, depth, width, epochs, l)].ToList();
                    var scope = $"{variant} depth={depth} width={width} epochs={epochs} layers={l}-{l + 1}";
                    foreach (var miss in group.Where(d => d.DelaySteps is null).GroupBy(d => d.MissingReason!))
                        log.Add("H1", scope, miss.Key, miss.Count());
                    log.Add("H1", scope, "curve_missing", cellRuns - group.Count);
                    // A delay below the schedule's resolution is 0 here, and Wilcoxon drops zeros: it carries no sign.
                    var d = group.Where(x => x.DelaySteps.HasValue).Select(x => (double)x.DelaySteps!.Value).ToArray();
                    yield return Row(variant, depth, width, epochs, $"{l}-{l + 1}", d, cellRuns - d.Length, o);
                }
            }
    }

    /// <summary>A Wilcoxon "greater" row over paired differences, with a bootstrap median CI; shared with H2-paired.</summary>
    public static HypothesisRow Row(
        string variant, int depth, int width, int epochs, string layers, double[] d, int excluded, StatsOptions o,
        string hypothesis = "H1", string family = Families.H1Delay, string unit = "median delay (steps)")
    {
        var ci = Bootstrap.MedianCi(d, o.BootstrapResamples, o.ResamplingSeed, o.Confidence, o.BootstrapMethod);
        var test = d.Length >= o.MinRuns ? WilcoxonSignedRank.Greater(d) : null;
        return new HypothesisRow
        {
            Hypothesis = hypothesis, Family = family, Variant = variant,
            Depth = depth, Width = width, Epochs = epochs, Layers = layers,
            N = d.Length, Excluded = excluded,
            Effect = ci.Value, EffectUnit = unit, CiLow = ci.Low, CiHigh = ci.High,
            PositiveFraction = d.Length > 0 ? d.Count(x => x > 0) / (double)d.Length : null,
            StatisticName = "W+", Statistic = test?.WPlus ?? double.NaN, P = test?.P ?? double.NaN,
            PHolm = double.NaN, Verdict = "",
        };
    }
}
