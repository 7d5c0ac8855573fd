using MathNet.Numerics.Distributions;

namespace FFRepro.Stats.Tests;

/// <summary>One-sample Student t statistics on a mean.</summary>
public static class OneSampleT
{
    /// <summary>
    /// Mean with the two-sided t interval mean -+ t(1 - (1-confidence)/2, n-1) * s / sqrt(n) (s: sample SD, n - 1 divisor).
    /// </summary>
    /// <returns>Empty input: all NaN. n = 1: the mean with NaN bounds.</returns>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static Estimate MeanCi(IReadOnlyList<double> values, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Any(v => !double.IsFinite(v))) throw new ArgumentException("Values must be finite (no NaN).", nameof(values));
        var n = values.Count;
        if (n == 0) return new Estimate(double.NaN, double.NaN, double.NaN, 0);
        var mean = values.Average();
        if (n == 1) return new Estimate(mean, double.NaN, double.NaN, 1);
        var half = StudentT.InvCDF(0, 1, n - 1, 1 - (1 - confidence) / 2) * StandardError(values, mean);
        return new Estimate(mean, mean - half, mean + half, n);
    }

    /// <summary>
    /// One-sided p-value of H1: mean &gt; mu0, from t = (mean - mu0) / (s / sqrt n) on n - 1 degrees of freedom,
    /// p = P(T &gt; t) from the t survival function (<see cref="UpperTail.StudentT"/>), so it stays positive however large t is.
    /// </summary>
    /// <returns>NaN when n &lt; 2 or s = 0 (the t statistic is undefined).</returns>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static (double T, double P) Greater(IReadOnlyList<double> values, double mu0)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Any(v => !double.IsFinite(v))) throw new ArgumentException("Values must be finite (no NaN).", nameof(values));
        if (values.Count < 2) return (double.NaN, double.NaN);
        var mean = values.Average();
        var se = StandardError(values, mean);
        if (se == 0) return (double.NaN, double.NaN);
        var t = (mean - mu0) / se;
        return (t, UpperTail.StudentT(t, values.Count - 1));
    }

    private static double StandardError(IReadOnlyList<double> values, double mean) =>
        Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1) / values.Count);
}
