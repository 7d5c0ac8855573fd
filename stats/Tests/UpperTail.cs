using MathNet.Numerics;

namespace FFRepro.Stats.Tests;

/// <summary>
/// Upper-tail probabilities (survival functions) computed directly, never as 1 - CDF: that difference cancels to 0 (or
/// to a multiple of 2^-53) long before the true tail does, so a p-value of 1e-20 would print as 0.
/// </summary>
public static class UpperTail
{
    /// <summary>
    /// P(T &gt; t) for Student's t on <paramref name="df"/> degrees of freedom: for t &gt;= 0,
    /// I_x(df/2, 1/2) / 2 with x = df / (df + t^2) (Math.NET's regularized incomplete beta), for t &lt; 0 one minus that.
    /// </summary>
    /// <returns>NaN for NaN t; 0 for t = +infinity, 1 for -infinity; a positive number otherwise unless it underflows double.</returns>
    /// <exception cref="ArgumentOutOfRangeException">df is not positive and finite.</exception>
    public static double StudentT(double t, double df)
    {
        if (!(df > 0) || double.IsInfinity(df)) throw new ArgumentOutOfRangeException(nameof(df), df, "df must be positive and finite.");
        if (double.IsNaN(t)) return double.NaN;
        if (double.IsPositiveInfinity(t)) return 0;
        if (double.IsNegativeInfinity(t)) return 1;
        var half = 0.5 * SpecialFunctions.BetaRegularized(df / 2, 0.5, df / (df + t * t));
        return t >= 0 ? half : 1 - half;
    }

    /// <summary>P(Z &gt; z) for a standard normal Z: erfc(z / sqrt 2) / 2 (Math.NET's complementary error function).</summary>
    /// <returns>NaN for NaN; 0 for +infinity, 1 for -infinity.</returns>
    public static double Normal(double z) => double.IsNaN(z) ? double.NaN : 0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2));
}
