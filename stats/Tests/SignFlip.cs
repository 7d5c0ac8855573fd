namespace FFRepro.Stats.Tests;

/// <summary>
/// Sign-flip (one-sample permutation) test of a mean: under H0 each value is as likely to carry either sign, so the
/// observed mean is compared with the means of every sign pattern. Zeros keep their place in the mean (they dilute it)
/// and flipping them changes nothing, so "no difference" counts against a positive mean instead of being dropped.
/// </summary>
public static class SignFlip
{
    /// <summary>Largest sum of |d| / gcd for which the exact distribution is enumerated (time and memory grow with it).</summary>
    public const long ExactMaxTotal = 200_000;

    /// <summary>
    /// One-sided test of H0: the values are symmetric about 0, against H1: their mean is above 0. The statistic is the sum
    /// (equivalently the mean); p = P(sum* &gt;= sum) over the 2^n equally likely sign patterns. Integer-valued data
    /// (onset delays in epochs or steps) whose sum of |d| / gcd(|d|) is at most <see cref="ExactMaxTotal"/> get the
    /// exact p (subset-sum counting, as probabilities so nothing overflows); other data a Monte Carlo p from
    /// <paramref name="resamples"/> random sign patterns drawn with <c>new Random(seed)</c>,
    /// p = (1 + #{sum* &gt;= sum}) / (B + 1), which is never 0 and never below the exact p in expectation.
    /// </summary>
    /// <returns>Empty input: NaN mean and p. All zeros: p = 1 (every pattern ties the observed sum).</returns>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">resamples &lt; 1.</exception>
    public static SignFlipResult Greater(IReadOnlyList<double> values, int resamples, int seed)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (resamples < 1) throw new ArgumentOutOfRangeException(nameof(resamples), resamples, "resamples must be >= 1.");
        if (values.Any(v => !double.IsFinite(v))) throw new ArgumentException("Values must be finite (no NaN).", nameof(values));
        var n = values.Count;
        int pos = values.Count(v => v > 0), zero = values.Count(v => v == 0), neg = n - pos - zero;
        if (n == 0) return new SignFlipResult(double.NaN, 0, 0, 0, 0, false, 0, double.NaN);
        var mean = values.Average();
        if (TryIntegerMagnitudes(values, out var magnitudes, out var observed))
            return new SignFlipResult(mean, n, pos, zero, neg, true, 0, ExactUpperTail(magnitudes, observed));

        var sum = values.Sum();
        // Rounding in a re-ordered sum must not turn a pattern equal to the observed one into a "less extreme" one.
        var cut = sum - 1e-12 * values.Sum(Math.Abs);
        var random = new Random(seed);
        var asExtreme = 0;
        for (var b = 0; b < resamples; b++)
        {
            var s = 0.0;
            for (var i = 0; i < n; i++) s += random.Next(2) == 0 ? values[i] : -values[i];
            if (s >= cut) asExtreme++;
        }

        return new SignFlipResult(mean, n, pos, zero, neg, false, resamples, (1.0 + asExtreme) / (resamples + 1.0));
    }

    /// <summary>
    /// P(S &gt;= observed) where S is the sum of a random subset of <paramref name="magnitudes"/> (each in with
    /// probability 1/2): the positive part of a sign pattern, since sum* = 2 S - sum |d|.
    /// </summary>
    private static double ExactUpperTail(long[] magnitudes, long observed)
    {
        var total = magnitudes.Sum();
        var probability = new double[total + 1];
        probability[0] = 1;
        var reach = 0L;
        foreach (var a in magnitudes.Where(a => a > 0))
        {
            reach += a;
            for (var s = reach; s >= 0; s--)
                probability[s] = 0.5 * (probability[s] + (s >= a ? probability[s - a] : 0));
        }

        var tail = 0.0;
        for (var s = observed; s <= total; s++) tail += probability[s];
        return Math.Min(1, tail);
    }

    /// <summary>|d| / g as integers (g = their gcd) and the observed positive part, when the values are integers small enough.</summary>
    private static bool TryIntegerMagnitudes(IReadOnlyList<double> values, out long[] magnitudes, out long observedPositive)
    {
        magnitudes = [];
        observedPositive = 0;
        if (values.Any(v => v != Math.Round(v) || Math.Abs(v) > 1e12)) return false;
        var abs = values.Select(v => (long)Math.Abs(v)).ToArray();
        var g = abs.Aggregate(0L, Gcd);
        if (g == 0) g = 1;
        magnitudes = abs.Select(a => a / g).ToArray();
        if (magnitudes.Sum() > ExactMaxTotal) return false;
        observedPositive = values.Select((v, i) => v > 0 ? abs[i] / g : 0).Sum();
        return true;
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }
}
