namespace FFRepro.Stats.Correlation;

/// <summary>Fisher's variance-stabilising transform of a correlation coefficient.</summary>
public static class FisherZ
{
    /// <summary>
    /// |r| at or above this is a perfect correlation (r = +-1 up to rounding in the coefficient's last bits); its z is
    /// infinite.
    /// </summary>
    public const double PerfectAbsR = 1 - 1e-12;

    /// <summary>Whether r is +-1 up to rounding (<see cref="PerfectAbsR"/>).</summary>
    public static bool IsPerfect(double r) => Math.Abs(r) >= PerfectAbsR;

    /// <summary>
    /// z = atanh(r). A perfect correlation (<see cref="IsPerfect"/>) gives +-infinity instead of a large finite number
    /// that would dominate any mean: the statistics leave such runs out of means and ranks, with a count and the reason
    /// <c>r_is_plus_or_minus_1</c>. NaN in, NaN out.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">|r| &gt; 1 (beyond rounding, 1e-9).</exception>
    public static double Transform(double r)
    {
        if (double.IsNaN(r)) return double.NaN;
        if (Math.Abs(r) > 1 + 1e-9) throw new ArgumentOutOfRangeException(nameof(r), r, "A correlation lies in [-1, 1].");
        return IsPerfect(r) ? Math.Sign(r) * double.PositiveInfinity : Math.Atanh(r);
    }

    /// <summary>r = tanh(z), the inverse of <see cref="Transform"/> (+-1 for infinite z). NaN in, NaN out.</summary>
    public static double Inverse(double z) => Math.Tanh(z);
}
