namespace FFRepro.Specs.Paper;

/// <summary>
/// How far the ci grid's curves may move when it is trained under another <see cref="FFRepro.Harness.Provenance.ReproductionKey"/>
/// (another CPU kernel level or thread count): per metric, the largest absolute difference allowed. PLACEHOLDER.
/// </summary>
public static class CrossSettingTolerance
{
    /// <summary>Largest absolute difference allowed per metric.</summary>
    public static readonly IReadOnlyDictionary<string, double> ByMetric = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>The metrics of <paramref name="comparison"/> whose largest difference exceeds the tolerance, described.</summary>
    public static IReadOnlyList<string> Violations(CurveComparison comparison) => comparison.LargestByMetric
        .Where(kv => !(kv.Value <= ByMetric.GetValueOrDefault(kv.Key, 0)))
        .Select(kv => $"{kv.Key} differs by {kv.Value:G3} (tolerance {ByMetric.GetValueOrDefault(kv.Key, 0):G3})")
        .ToArray();
}
