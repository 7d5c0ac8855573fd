namespace FFRepro.Specs.Paper;

/// <summary>
/// How far the ci grid's curves may move when it is trained under another <see cref="FFRepro.Harness.Provenance.ReproductionKey"/>
/// (another CPU kernel level, thread count or libtorch): accuracies (fractions of the 500 evaluation samples) by at most
/// <see cref="Accuracy"/> absolute, every other metric (losses, goodness means) by at most <see cref="Relative"/>
/// relative. Measured on the ci grid, AVX-512 against AVX2 kernels on one machine: 1,569 of 21,780 values differ,
/// accuracies by at most 0.008 (4 samples), other metrics by at most 2.4e-6 relative; the tolerance leaves about
/// twice that for accuracies and 40 times for the continuous metrics, whose differences grow with training.
/// </summary>
public static class CrossSettingTolerance
{
    /// <summary>Largest absolute difference of an accuracy (10 of the ci grid's 500 evaluation samples).</summary>
    public const double Accuracy = 0.02;

    /// <summary>Largest relative difference |a - b| / max(|a|, |b|) of a loss or goodness mean.</summary>
    public const double Relative = 1e-4;

    /// <summary>The metrics of <paramref name="comparison"/> that move more than the tolerance, described.</summary>
    public static IReadOnlyList<string> Violations(CurveComparison comparison) => comparison.LargestByMetric.Keys
        .Order(StringComparer.Ordinal)
        .Select(metric => IsAccuracy(metric)
            ? (metric, kind: "absolute", value: comparison.LargestByMetric[metric], limit: Accuracy)
            : (metric, kind: "relative", value: comparison.LargestRelativeByMetric[metric], limit: Relative))
        .Where(c => !(c.value <= c.limit))
        .Select(c => $"{c.metric} differs by {c.value:G3} {c.kind} (tolerance {c.limit:G3})")
        .ToArray();

    private static bool IsAccuracy(string metric) => metric.Contains("accuracy", StringComparison.Ordinal);
}
