namespace FFRepro.Stats.Correlation;

/// <summary>Correlation of two curves over epochs, on the raw values or on first differences.</summary>
public static class CurveCorrelation
{
    /// <summary>
    /// Pearson r or Spearman rho (Math.NET <see cref="MathNet.Numerics.Statistics.Correlation"/>) between x and y,
    /// optionally on first differences d(e) = v(e+1) - v(e) (detrended: removes the shared upward trend). Spearman ranks
    /// values within the relative <paramref name="tolerance"/> as ties (<see cref="Tests.NearTies.AverageRanks"/>): two
    /// first differences equal in correct counts can differ in their last bits.
    /// </summary>
    /// <returns>r in [-1, 1]; NaN when fewer than 3 points remain, when either series is constant, or when any value is non-finite.</returns>
    /// <exception cref="ArgumentException">x and y differ in length.</exception>
    public static double Compute(
        IReadOnlyList<double> x, IReadOnlyList<double> y, CorrelationMethod method, bool detrended, double tolerance = 0)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count) throw new ArgumentException($"Curves differ in length ({x.Count} vs {y.Count}).", nameof(y));
        var a = detrended ? FirstDifferences(x) : x.ToArray();
        var b = detrended ? FirstDifferences(y) : y.ToArray();
        if (a.Length < 3 || !a.All(double.IsFinite) || !b.All(double.IsFinite)) return double.NaN;
        if (IsConstant(a) || IsConstant(b)) return double.NaN;
        var r = method switch
        {
            CorrelationMethod.Pearson => MathNet.Numerics.Statistics.Correlation.Pearson(a, b),
            CorrelationMethod.Spearman => MathNet.Numerics.Statistics.Correlation.Pearson(
                Tests.NearTies.AverageRanks(a, tolerance), Tests.NearTies.AverageRanks(b, tolerance)),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown correlation method."),
        };
        return Math.Clamp(r, -1, 1);
    }

    /// <summary>d(i) = v(i+1) - v(i); empty for fewer than 2 values.</summary>
    public static double[] FirstDifferences(IReadOnlyList<double> v)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (v.Count < 2) return [];
        var d = new double[v.Count - 1];
        for (var i = 0; i < d.Length; i++) d[i] = v[i + 1] - v[i];
        return d;
    }

    private static bool IsConstant(double[] v)
    {
        for (var i = 1; i < v.Length; i++) if (v[i] != v[0]) return false;
        return true;
    }
}
