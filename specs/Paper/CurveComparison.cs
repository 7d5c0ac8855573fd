using System.Globalization;
using FFRepro.Harness.Results;

namespace FFRepro.Specs.Paper;

/// <summary>How two sets of curves of the same grid differ, point by point (a point = run, split, metric, layer, step and its epoch).</summary>
/// <param name="Points">Points present in both sets.</param>
/// <param name="OnlyInOne">Points present in one set only.</param>
/// <param name="Differing">Points whose values are not bit-identical (NaN equals NaN only with the same bits).</param>
/// <param name="LargestByMetric">Per metric, the largest absolute difference |a - b|.</param>
/// <param name="LargestRelativeByMetric">Per metric, the largest relative difference |a - b| / max(|a|, |b|).</param>
public sealed record CurveComparison(int Points, int OnlyInOne, int Differing,
    IReadOnlyDictionary<string, double> LargestByMetric, IReadOnlyDictionary<string, double> LargestRelativeByMetric)
{
    /// <summary>Compares <paramref name="a"/> with <paramref name="b"/>.</summary>
    public static CurveComparison Of(IEnumerable<CurveRecord> a, IEnumerable<CurveRecord> b)
    {
        var left = a.ToDictionary(Key);
        var right = b.ToDictionary(Key);
        var largest = new Dictionary<string, double>(StringComparer.Ordinal);
        var relative = new Dictionary<string, double>(StringComparer.Ordinal);
        int shared = 0, differing = 0;
        foreach (var (key, x) in left)
        {
            if (!right.TryGetValue(key, out var y)) continue;
            shared++;
            if (BitConverter.DoubleToInt64Bits(x.Value) == BitConverter.DoubleToInt64Bits(y.Value)) continue;
            differing++;
            var d = double.IsNaN(x.Value) || double.IsNaN(y.Value) ? double.PositiveInfinity : Math.Abs(x.Value - y.Value);
            largest[x.Metric] = Math.Max(largest.GetValueOrDefault(x.Metric), d);
            relative[x.Metric] = Math.Max(relative.GetValueOrDefault(x.Metric), d / Math.Max(Math.Abs(x.Value), Math.Abs(y.Value)));
        }
        return new CurveComparison(shared, left.Count + right.Count - 2 * shared, differing, largest, relative);
    }

    /// <summary>One line for a spec message.</summary>
    public string Describe() =>
        $"{Points} shared points, {OnlyInOne} in one set only, {Differing} not bit-identical" +
        (LargestByMetric.Count == 0 ? "" : "; largest differences: " +
            string.Join(", ", LargestByMetric.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value:G3} (relative {LargestRelativeByMetric[kv.Key]:G3})")));

    // Step and the epoch it stands for: a point moved along either axis is a different point.
    private static string Key(CurveRecord c) =>
        string.Create(CultureInfo.InvariantCulture, $"{c.RunId}|{c.Split}|{c.Metric}|{c.Layer:D2}|{c.Step:D9}|{c.Epoch:R}");
}
