using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace FFRepro.Stats.Tests;

/// <summary>Nonparametric bootstrap confidence intervals of the median and the mean, reproducible from a seed.</summary>
public static class Bootstrap
{
    /// <summary>
    /// Sample median of <paramref name="values"/> (Math.NET <see cref="Statistics.Median(IEnumerable{double})"/>) with a
    /// two-sided bootstrap interval from <paramref name="resamples"/> resamples drawn with <c>new Random(seed)</c>.
    /// </summary>
    /// <returns>
    /// Empty input: all NaN, N = 0. A single value, or all values equal: the interval collapses to the value.
    /// BCa falls back to zero acceleration when the jackknife is flat, and to the percentile interval when the
    /// bias correction is infinite (every resample on one side of the estimate).
    /// </returns>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">resamples &lt; 1 or confidence outside (0, 1).</exception>
    public static Estimate MedianCi(
        IReadOnlyList<double> values, int resamples, int seed, double confidence = 0.95,
        BootstrapMethod method = BootstrapMethod.Percentile) =>
        Ci(values, ArrayStatistics.MedianInplace, resamples, seed, confidence, method);

    /// <summary>
    /// Sample mean of <paramref name="values"/> with a two-sided bootstrap interval, drawn exactly as for
    /// <see cref="MedianCi"/> (same seed, same resamples); the same edge cases.
    /// </summary>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">resamples &lt; 1 or confidence outside (0, 1).</exception>
    public static Estimate MeanCi(
        IReadOnlyList<double> values, int resamples, int seed, double confidence = 0.95,
        BootstrapMethod method = BootstrapMethod.Percentile) =>
        Ci(values, ArrayStatistics.Mean, resamples, seed, confidence, method);

    // statistic may reorder its argument (MedianInplace does): every call gets a buffer it owns.
    private static Estimate Ci(
        IReadOnlyList<double> values, Func<double[], double> statistic, int resamples, int seed, double confidence,
        BootstrapMethod method)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (resamples < 1) throw new ArgumentOutOfRangeException(nameof(resamples), resamples, "resamples must be >= 1.");
        if (!(confidence > 0 && confidence < 1)) throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence must lie in (0, 1).");
        if (values.Any(v => !double.IsFinite(v))) throw new ArgumentException("Values must be finite (no NaN).", nameof(values));
        var n = values.Count;
        if (n == 0) return new Estimate(double.NaN, double.NaN, double.NaN, 0);
        var data = values.ToArray();
        var estimate = statistic((double[])data.Clone());
        if (data.All(v => v == data[0])) return new Estimate(estimate, estimate, estimate, n);

        var random = new Random(seed);
        var boot = new double[resamples];
        var sample = new double[n];
        for (var b = 0; b < resamples; b++)
        {
            for (var i = 0; i < n; i++) sample[i] = data[random.Next(n)];
            boot[b] = statistic(sample);
        }

        Array.Sort(boot);
        var alpha = 1 - confidence;
        var (lowQ, highQ) = method == BootstrapMethod.Bca ? BcaLevels(data, statistic, boot, estimate, alpha) : (alpha / 2, 1 - alpha / 2);
        return new Estimate(
            estimate,
            SortedArrayStatistics.QuantileCustom(boot, lowQ, QuantileDefinition.R7),
            SortedArrayStatistics.QuantileCustom(boot, highQ, QuantileDefinition.R7),
            n);
    }

    private static (double Low, double High) BcaLevels(
        double[] data, Func<double[], double> statistic, double[] sortedBoot, double estimate, double alpha)
    {
        // Bias correction: the share of resamples below the estimate, counting ties as half (as scipy.stats.bootstrap does).
        var below = sortedBoot.Count(v => v < estimate) + 0.5 * sortedBoot.Count(v => v == estimate);
        var z0 = Normal.InvCDF(0, 1, below / sortedBoot.Length);
        if (!double.IsFinite(z0)) return (alpha / 2, 1 - alpha / 2);

        var n = data.Length;
        var jack = new double[n];
        var rest = new double[n - 1];
        for (var i = 0; i < n; i++)
        {
            for (int j = 0, k = 0; j < n; j++) if (j != i) rest[k++] = data[j];
            jack[i] = n > 1 ? statistic(rest) : data[0];
        }

        var mean = jack.Average();
        var num = jack.Sum(t => Math.Pow(mean - t, 3));
        var den = 6 * Math.Pow(jack.Sum(t => Math.Pow(mean - t, 2)), 1.5);
        var a = den > 0 ? num / den : 0;

        double Level(double q)
        {
            var zq = Normal.InvCDF(0, 1, q);
            return Normal.CDF(0, 1, z0 + (z0 + zq) / (1 - a * (z0 + zq)));
        }

        return (Level(alpha / 2), Level(1 - alpha / 2));
    }
}
