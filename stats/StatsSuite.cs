using System.Globalization;
using FFRepro.Stats.Data;
using FFRepro.Stats.Suite;

namespace FFRepro.Stats;

/// <summary>Entry point: every statistics table from the run list and the long curves table.</summary>
public static class StatsSuite
{
    /// <summary>
    /// Computes onsets, delays, per-run correlations, the H1-H3 tests (primary and robustness variants, Holm within
    /// each family and variant) and the exclusion counts.
    /// </summary>
    /// <remarks>
    /// Only runs with status "ok" and curves of <see cref="StatsOptions.Split"/> enter; a run's cell is taken from its
    /// <see cref="RunInfo"/>; curve rows of unknown runs or with a layer outside 0..depth are counted and skipped. A curve with NaN/infinite values,
    /// no point at step 0 or a repeated step is excluded (counted). Onsets and delays are in optimizer steps with their
    /// resolution (epochs derived with <see cref="RunInfo.StepsPerEpoch"/>); H1 tests the delays in steps. Variants: H1
    /// primary (layer metric, tau), <c>tau=x</c> for each extra tau, <c>goodness_metric</c>; H2/H3 primary (Pearson on
    /// raw curves over every evaluation point), <c>spearman</c>, <c>detrended</c> (Pearson on first differences),
    /// <c>epoch_ends</c> (Pearson over the epoch-end points only), <c>goodness_metric</c>. Deterministic: resampling and
    /// permutations use the seeds in the options.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// Invalid options (each violation named), no runs, duplicate run ids, an unknown status, no "ok" run, no curve rows
    /// for the split, or the layer/model metric absent from the curves.
    /// </exception>
    public static StatsTables Compute(IReadOnlyList<RunInfo> runs, IReadOnlyList<CurvePoint> curves, StatsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var log = new ExclusionLog();
        var store = CurveStore.Build(runs, curves, options, log, out var hasAlternative);

        var metrics = hasAlternative ? new[] { options.LayerMetric, options.AlternativeLayerMetric } : new[] { options.LayerMetric };
        var taus = new[] { options.Tau }.Concat(options.ExtraTaus.Where(t => t != options.Tau)).ToArray();
        var (onsets, delays) = OnsetStage.Run(store, metrics, taus, options.OnsetEpsilon);
        var correlations = CorrelationStage.Run(store, metrics, options.ModelMetric, log);

        var h1Variants = new List<(string, string, double)> { ("primary", options.LayerMetric, options.Tau) };
        h1Variants.AddRange(taus.Skip(1).Select(t => ($"tau={t.ToString(CultureInfo.InvariantCulture)}", options.LayerMetric, t)));
        var corrVariants = new List<CorrelationVariant>
        {
            new("primary", options.LayerMetric, "pearson", false),
            new("spearman", options.LayerMetric, "spearman", false),
            new("detrended", options.LayerMetric, "pearson", true),
            new("epoch_ends", options.LayerMetric, "pearson", false, CorrelationStage.EpochEnds),
        };
        if (hasAlternative)
        {
            h1Variants.Add(("goodness_metric", options.AlternativeLayerMetric, options.Tau));
            corrVariants.Add(new("goodness_metric", options.AlternativeLayerMetric, "pearson", false));
        }

        var z = new ZIndex(correlations);
        var rows = H1DelayTests.Build(store, delays, h1Variants, options, log)
            .Concat(H2TrackingTests.Build(store, z, corrVariants, options, log))
            .Concat(H3WidthTests.Build(store, z, corrVariants, options, log))
            .ToList();
        return new StatsTables(onsets, delays, correlations, HolmStage.Finalize(rows, options), log.ToRows());
    }
}
