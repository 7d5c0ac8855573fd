namespace FFRepro.Stats.Onsets;

/// <summary>
/// Accuracies as the integer counts they were computed from: an accuracy is k / n (correct samples over samples), stored
/// as the double nearest that fraction. Thresholds compared on k instead of on the doubles cannot be flipped by a change
/// in the last bit of a value (a different summation order, another device).
/// </summary>
public static class CorrectCounts
{
    /// <summary>Largest denominator n looked for (an evaluation of up to a million samples).</summary>
    public const long MaxDenominator = 1_000_000;

    /// <summary>
    /// Finds the smallest n &lt;= <see cref="MaxDenominator"/> such that every value is exactly the double nearest k / n
    /// for an integer k (each value's fraction found by continued fractions; n is the least common multiple of their
    /// denominators), and returns the k. Any n that fits gives the same comparisons, since counts on a finer grid are the
    /// same counts scaled.
    /// </summary>
    /// <returns>False (and no counts) when some value is not such a fraction, e.g. an average or a loss.</returns>
    public static bool TryFind(IReadOnlyList<double> values, out long[] counts, out long denominator)
    {
        ArgumentNullException.ThrowIfNull(values);
        counts = [];
        denominator = 1;
        foreach (var v in values)
        {
            if (!Fraction(v, out var q)) return false;
            denominator = Lcm(denominator, q);
            if (denominator > MaxDenominator) return false;
        }

        var n = denominator;
        var k = values.Select(v => (long)Math.Round(v * n)).ToArray();
        for (var i = 0; i < k.Length; i++)
            if ((double)k[i] / n != values[i]) return false;
        counts = k;
        return true;
    }

    /// <summary>The reduced denominator q of the fraction p/q (q &lt;= MaxDenominator) whose nearest double is v.</summary>
    private static bool Fraction(double v, out long q)
    {
        q = 1;
        if (!double.IsFinite(v) || Math.Abs(v) > 1e6) return false;
        // Convergents h/k of the continued fraction of v; the first whose nearest double is v is the fraction.
        long h0 = 0, h1 = 1, k0 = 1, k1 = 0;
        var x = v;
        for (var step = 0; step < 64; step++)
        {
            var a = Math.Floor(x);
            if (Math.Abs(a) > MaxDenominator * 1e6) return false;
            var ai = (long)a;
            (h0, h1) = (h1, ai * h1 + h0);
            (k0, k1) = (k1, ai * k1 + k0);
            if (k1 > MaxDenominator) return false;
            if ((double)h1 / k1 == v) { q = k1; return true; }
            var frac = x - a;
            if (frac == 0) return false;
            x = 1 / frac;
        }

        return false;
    }

    private static long Lcm(long a, long b)
    {
        long x = a, y = b;
        while (y != 0) (x, y) = (y, x % y);
        return a / x * b;
    }
}
