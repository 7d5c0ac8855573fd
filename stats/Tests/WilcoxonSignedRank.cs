using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace FFRepro.Stats.Tests;

/// <summary>Wilcoxon signed-rank test of location 0 (one-sample, or paired via differences).</summary>
public static class WilcoxonSignedRank
{
    /// <summary>Largest n for which the exact null distribution is used (when there are no ties).</summary>
    public const int ExactMaxN = 50;

    /// <summary>
    /// One-sided test of H0: the differences are symmetric about 0, against H1: they are shifted above 0 (greater).
    /// Zero differences are dropped (Wilcoxon's convention); |d| are ranked with average ranks; the statistic is W+.
    /// For n &lt;= <see cref="ExactMaxN"/> without ties, p = P(W+ &gt;= w) under the exact distribution (enumerated
    /// by counting subsets of {1..n} per rank sum); otherwise the normal approximation with mean n(n+1)/4, variance
    /// n(n+1)(2n+1)/24 - sum(t^3 - t)/48 over tie groups, and continuity correction z = (W+ - mean - 1/2) / sd.
    /// Matches scipy.stats.wilcoxon(d, alternative="greater", zero_method="wilcox") with method "exact"/"approx".
    /// </summary>
    /// <param name="differences">Paired differences d (e.g. delays).</param>
    /// <returns>
    /// The test outcome. When every difference is 0 (n = 0 after dropping) there is no evidence of a positive shift
    /// and P = 1 by convention. Empty input gives P = NaN.
    /// </returns>
    /// <exception cref="ArgumentException">A difference is NaN or infinite.</exception>
    public static WilcoxonResult Greater(IReadOnlyList<double> differences)
    {
        ArgumentNullException.ThrowIfNull(differences);
        if (differences.Any(d => !double.IsFinite(d)))
            throw new ArgumentException("Differences must be finite (no NaN).", nameof(differences));
        if (differences.Count == 0) return new WilcoxonResult(double.NaN, 0, 0, false, false, double.NaN, double.NaN);

        var nonZero = differences.Where(d => d != 0).ToArray();
        var zeros = differences.Count - nonZero.Length;
        var n = nonZero.Length;
        if (n == 0) return new WilcoxonResult(0, 0, zeros, false, true, double.NaN, 1.0);

        var ranks = Statistics.Ranks(nonZero.Select(Math.Abs), RankDefinition.Average);
        var wPlus = 0.0;
        for (var i = 0; i < n; i++) if (nonZero[i] > 0) wPlus += ranks[i];

        var tieCorrection = nonZero.Select(Math.Abs).GroupBy(a => a)
            .Select(g => (double)g.Count()).Where(t => t > 1).Sum(t => t * t * t - t);
        var hasTies = tieCorrection > 0;

        if (n <= ExactMaxN && !hasTies)
            return new WilcoxonResult(wPlus, n, zeros, false, true, double.NaN, ExactUpperTail(n, (int)Math.Round(wPlus)));

        var mean = n * (n + 1) / 4.0;
        var variance = n * (n + 1) * (2.0 * n + 1) / 24.0 - tieCorrection / 48.0;
        if (variance <= 0) return new WilcoxonResult(wPlus, n, zeros, hasTies, false, double.NaN, double.NaN);
        var z = (wPlus - mean - 0.5) / Math.Sqrt(variance);
        return new WilcoxonResult(wPlus, n, zeros, hasTies, false, z, 1 - Normal.CDF(0, 1, z));
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
