namespace FFRepro.Stats.Correlation;

/// <summary>Fisher's variance-stabilising transform of a correlation coefficient.</summary>
public static class FisherZ
{
    /// <summary>|r| is clipped to this before the transform, so that r = +-1 maps to a finite z (|z| &lt;= 14.2).</summary>
    public const double MaxAbsR = 1 - 1e-12;

    /// <summary>z = atanh(r), with |r| clipped to <see cref="MaxAbsR"/>. NaN in, NaN out.</summary>
    /// <exception cref="ArgumentOutOfRangeException">|r| &gt; 1 (beyond rounding, 1e-9).</exception>
    public static double Transform(double r)
    {
        if (double.IsNaN(r)) return double.NaN;
        if (Math.Abs(r) > 1 + 1e-9) throw new ArgumentOutOfRangeException(nameof(r), r, "A correlation lies in [-1, 1].");
        return Math.Atanh(Math.Clamp(r, -MaxAbsR, MaxAbsR));
    }

    /// <summary>
    /// Expected z of a sample correlation over <paramref name="points"/> pairs when the population correlation is rho:
    /// atanh(rho) + rho / (2 (points - 1)) (Fisher 1921; an approximation that assumes independent pairs). Tests of a mean
    /// z against a threshold rho use this as the null value, because atanh(r) is biased away from 0 by that amount.
    /// </summary>
    /// <returns>NaN when points &lt; 2.</returns>
    public static double ExpectedZ(double rho, int points) =>
        points < 2 ? double.NaN : Transform(rho) + rho / (2.0 * (points - 1));

    /// <summary>r = tanh(z), the inverse of <see cref="Transform"/>. NaN in, NaN out.</summary>
    public static double Inverse(double z) => Math.Tanh(z);
}
