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

    /// <summary>r = tanh(z), the inverse of <see cref="Transform"/>. NaN in, NaN out.</summary>
    public static double Inverse(double z) => Math.Tanh(z);
}
