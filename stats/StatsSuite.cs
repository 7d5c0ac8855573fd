using FFRepro.Stats.Correlation;
using FFRepro.Stats.Coverage;
using FFRepro.Stats.Data;
using FFRepro.Stats.Hypotheses;
using FFRepro.Stats.Suite;

namespace FFRepro.Stats;

/// <summary>Entry point: every statistics table from the run list and the long curves table.</summary>
public static class StatsSuite
{
    /// <summary>
    /// Version of the computation: raised whenever a change to this library changes any table for the same runs, curves,
    /// design and options, so that stored tables computed by an older version are recognised as stale.
    /// </summary>
    public const string Version = "1";

    /// <summary>
    /// Computes onsets, delays, per-run correlations, the H1-H3 tests (primary, measurement and robustness variants,
    /// Holm within each family and variant), the robust verdicts, the per-width means, the design coverage and the
    /// exclusion counts.
    /// </summary>
    /// <remarks>
    /// Only runs with status "ok" and curves of <see cref="StatsOptions.Split"/> enter; a run's cell is taken from its
    /// <see cref="RunInfo"/>; curve rows of unknown runs or with a layer outside 0..depth are counted and skipped. A curve
    /// with NaN/infinite values, no point at step 0 or a repeated step is excluded (counted). Onsets and delays are in
    /// optimizer steps with their resolution (epochs derived with <see cref="RunInfo.StepsPerEpoch"/>); H1 tests the
    /// delays in steps. Variants: H1 primary (layer metric, tau), <c>tau=x</c> for each extra tau, <c>goodness_metric</c>.
    /// H2/H3 primary (Pearson over the raw curves at every evaluation point, each weighing equally, so a schedule dense
    /// in early training weighs early training more) and the measurement variants <c>drop_first</c>, <c>detrended</c>
    /// (first differences), <c>rise</c>, <c>plateau</c>, <c>epoch_ends</c> (the points at step 0 and at epoch ends only,
    /// comparable with per-epoch studies), whose agreement gives the robust verdict; further <c>spearman</c>,
    /// <c>goodness_metric</c> and, for an unbalanced design, H3's <c>all_widths</c>. Deterministic: resampling and
    /// permutations use the seeds in the options.
    /// </remarks>
    /// <param name="runs">Every run of the results.</param>
    /// <param name="curves">The long curves table.</param>
    /// <param name="options">The statistics' parameters.</param>
    /// <param name="planned">The planned design, for the coverage table and the tests it cannot run; null when unknown.</param>
    /// <exception cref="StatsInputException">
    /// Data that cannot be analysed: no runs, duplicate run ids, an unknown status, no "ok" run, no curve rows for the
    /// split, or the layer/model metric absent from the curves.
    /// </exception>
    /// <exception cref="ArgumentException">Invalid options (each violation named) or a null run: a fault of the caller.</exception>
    public static StatsTables Compute(
        IReadOnlyList<RunInfo> runs, IReadOnlyList<CurvePoint> curves, StatsOptions options, IReadOnlyList<PlannedCell>? planned = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var log = new ExclusionLog();
        var store = CurveStore.Build(runs, curves, options, log, out var hasAlternative);

        var metrics = hasAlternative ? new[] { options.LayerMetric, options.AlternativeLayerMetric } : new[] { options.LayerMetric };
        var taus = new[] { options.Tau }.Concat(options.ExtraTaus.Where(t => t != options.Tau)).ToArray();
        var (onsets, delays) = OnsetStage.Run(store, metrics, taus, options.OnsetEpsilon);

        var h1Variants = new List<(string, string, double)> { (Variants.Primary, options.LayerMetric, options.Tau) };
        h1Variants.AddRange(taus.Skip(1).Select(t => (Variants.Tau(t), options.LayerMetric, t)));
        var m = options.LayerMetric;
        var corrVariants = new List<CorrelationVariant>
        {
            new(Variants.Primary, m, CorrelationMethod.Pearson, false),
            new(Variants.DropFirst, m, CorrelationMethod.Pearson, false, CurveWindow.DropFirst),
            new(Variants.Detrended, m, CorrelationMethod.Pearson, true),
            new(Variants.Rise, m, CorrelationMethod.Pearson, false, CurveWindow.Rise),
            new(Variants.Plateau, m, CorrelationMethod.Pearson, false, CurveWindow.Plateau),
            new(Variants.EpochEnds, m, CorrelationMethod.Pearson, false, CurveWindow.EpochEnds),
            new(Variants.Spearman, m, CorrelationMethod.Spearman, false),
        };
        if (hasAlternative)
        {
            h1Variants.Add((Variants.GoodnessMetric, options.AlternativeLayerMetric, options.Tau));
            corrVariants.Add(new(Variants.GoodnessMetric, options.AlternativeLayerMetric, CorrelationMethod.Pearson, false));
        }

        var correlations = CorrelationStage.Run(store, metrics, corrVariants, options.ModelMetric, options.RiseFraction, options.TieTolerance, log);
        var z = new ZIndex(correlations);
        var rows = H1DelayTests.Build(store, delays, h1Variants, options, log)
            .Concat(H2TrackingTests.Build(store, z, corrVariants, options, log))
            .Concat(H3WidthTests.Build(store, z, corrVariants, options, log))
            .ToList();
        var hypotheses = HolmStage.Finalize(rows, options);
        var coverage = DesignCoverage.Cells(planned, runs);
        foreach (var (family, test, why, count) in DesignCoverage.Untestable(planned, coverage, hypotheses))
            log.Add("design", $"{family} {test}", why, count, keepZero: true);
        return new StatsTables(onsets, delays, correlations, hypotheses, log.ToRows(),
            WidthMeansStage.Run(store, z, corrVariants, options), SensitivityStage.Run(hypotheses), coverage);
    }
}
