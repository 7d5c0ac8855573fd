namespace FFRepro.Stats.Tests;

/// <summary>Wilcoxon signed-rank test of location 0 (one-sample, or paired via differences).</summary>
public static class WilcoxonSignedRank
{
    /// <summary>Largest n for which the exact null distribution is used (when there are no ties and no zeros).</summary>
    public const int ExactMaxN = 50;

    /// <summary>
    /// One-sided test of H0: the differences are symmetric about 0, against H1: they are shifted above 0 (greater).
    /// |d| are ranked with average ranks, values within <paramref name="tolerance"/> (relative, <see cref="NearTies"/>)
    /// sharing a rank; the statistic is W+, the rank sum of the positive differences. Zeros (exact zeros: make near-zero
    /// differences 0 first with <see cref="NearTies.Difference"/>) are dropped or ranked per <paramref name="zeros"/>.
    /// Without zeros and ties and for n &lt;= <see cref="ExactMaxN"/>, p = P(W+ &gt;= w) under the exact distribution
    /// (enumerated by counting subsets of {1..n} per rank sum); otherwise the normal approximation with, over the m
    /// ranked values of which z are zeros (z = 0 under Wilcoxon's convention), mean (m(m+1) - z(z+1))/4, variance
    /// (m(m+1)(2m+1) - z(z+1)(2z+1))/24 - sum(t^3 - t)/48 over the tie groups of the non-zero |d|, continuity correction
    /// z = (W+ - mean - 1/2) / sd and p from the normal survival function (<see cref="UpperTail.Normal"/>).
    /// Matches scipy.stats.wilcoxon(d, alternative="greater", zero_method="wilcox" or "pratt") when W+ is above its mean.
    /// </summary>
    /// <param name="differences">Paired differences d (e.g. z(layer 1) - z(deepest layer)).</param>
    /// <param name="zeros">Wilcoxon's (drop) or Pratt's (rank, then leave out) treatment of zeros.</param>
    /// <param name="tolerance">Relative tolerance within which two |d| are a tie; 0 for exact equality.</param>
    /// <returns>
    /// The test outcome. When every difference is 0 there is no evidence of a positive shift and P = 1 by convention.
    /// Empty input gives P = NaN.
    /// </returns>
    /// <exception cref="ArgumentException">A difference is NaN or infinite.</exception>
    public static WilcoxonResult Greater(
        IReadOnlyList<double> differences, WilcoxonZeros zeros = WilcoxonZeros.Wilcox, double tolerance = 0)
    {
        ArgumentNullException.ThrowIfNull(differences);
        if (differences.Any(d => !double.IsFinite(d)))
            throw new ArgumentException("Differences must be finite (no NaN).", nameof(differences));
        if (differences.Count == 0) return new WilcoxonResult(double.NaN, 0, 0, false, false, double.NaN, double.NaN);

        var zeroCount = differences.Count(d => d == 0);
        var n = differences.Count - zeroCount;
        if (n == 0) return new WilcoxonResult(0, 0, zeroCount, false, true, double.NaN, 1.0);

        // Under Pratt the zeros take part in the ranking; under Wilcoxon they are gone before it.
        var ranked = zeros == WilcoxonZeros.Pratt ? differences.ToArray() : differences.Where(d => d != 0).ToArray();
        var ranks = NearTies.AverageRanks(ranked.Select(Math.Abs).ToArray(), tolerance);
        var wPlus = 0.0;
        for (var i = 0; i < ranked.Length; i++) if (ranked[i] > 0) wPlus += ranks[i];

        var nonZeroRanks = ranks.Where((_, i) => ranked[i] != 0).ToArray();
        var tieCorrection = NearTies.TieCorrection(nonZeroRanks);
        var hasTies = tieCorrection > 0;
        var rankedZeros = ranked.Length - n;

        if (n <= ExactMaxN && !hasTies && rankedZeros == 0)
            return new WilcoxonResult(wPlus, n, zeroCount, false, true, double.NaN, ExactUpperTail(n, (int)Math.Round(wPlus)));

        double m = ranked.Length, z0 = rankedZeros;
        var mean = (m * (m + 1) - z0 * (z0 + 1)) / 4.0;
        var variance = (m * (m + 1) * (2 * m + 1) - z0 * (z0 + 1) * (2 * z0 + 1)) / 24.0 - tieCorrection / 48.0;
        if (variance <= 0) return new WilcoxonResult(wPlus, n, zeroCount, hasTies, false, double.NaN, double.NaN);
        var z = (wPlus - mean - 0.5) / Math.Sqrt(variance);
        return new WilcoxonResult(wPlus, n, zeroCount, hasTies, false, z, UpperTail.Normal(z));
    }

    /// <summary>
    /// Exact P(W+ &gt;= w) for n untied non-zero differences: the number of subsets of {1..n} with sum &gt;= w, over 2^n.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">n outside [1, 1000].</exception>
    public static double ExactUpperTail(int n, int w)
    {
        if (n < 1 || n > 1000) throw new ArgumentOutOfRangeException(nameof(n), n, "n must lie in [1, 1000].");
        var maxSum = n * (n + 1) / 2;
        if (w <= 0) return 1.0;
        if (w > maxSum) return 0.0;
        // counts[s] / 2^k = P(sum = s) over the first k ranks; kept as probabilities so it cannot overflow.
        var probability = new double[maxSum + 1];
        probability[0] = 1;
        var reach = 0;
        for (var k = 1; k <= n; k++)
        {
            reach += k;
            for (var s = reach; s >= 0; s--)
                probability[s] = 0.5 * (probability[s] + (s >= k ? probability[s - k] : 0));
        }

        var tail = 0.0;
        for (var s = w; s <= maxSum; s++) tail += probability[s];
        return Math.Min(1, tail);
    }
}
