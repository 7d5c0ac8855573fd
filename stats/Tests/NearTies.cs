namespace FFRepro.Stats.Tests;

/// <summary>
/// Values equal up to a relative tolerance are equal: two quantities that are the same on paper (e.g. two Spearman
/// correlations of identical rank patterns) can differ in the last bits after floating-point arithmetic, and a rank test
/// must not count such a difference as a positive or a negative one.
/// </summary>
public static class NearTies
{
    /// <summary>The relative tolerance of the statistics (1e-9): far above rounding in sums of a few thousand terms
    /// (about 1e-13 relative), far below any difference the tests are meant to see.</summary>
    public const double DefaultRelativeTolerance = 1e-9;

    /// <summary>a and b are equal, or |a - b| &lt;= tolerance * max(|a|, |b|). NaN is never equal.</summary>
    /// <exception cref="ArgumentOutOfRangeException">tolerance negative or NaN.</exception>
    public static bool Equal(double a, double b, double tolerance)
    {
        if (!(tolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "tolerance must be >= 0.");
        return a == b || Math.Abs(a - b) <= tolerance * Math.Max(Math.Abs(a), Math.Abs(b));
    }

    /// <summary>a - b, or exactly 0 when a and b are <see cref="Equal"/> within the tolerance.</summary>
    public static double Difference(double a, double b, double tolerance) => Equal(a, b, tolerance) ? 0 : a - b;

    /// <summary>
    /// Average ranks (1-based) in which near-equal values tie: the values are sorted, and each run of neighbours that are
    /// <see cref="Equal"/> within the tolerance forms one tie group sharing the mean of its ranks (a chain a ~ b ~ c is
    /// one group even if a and c alone would not be). With tolerance 0 these are the usual average ranks
    /// (Math.NET <c>RankDefinition.Average</c>).
    /// </summary>
    /// <exception cref="ArgumentException">A value is NaN.</exception>
    public static double[] AverageRanks(IReadOnlyList<double> values, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Any(double.IsNaN)) throw new ArgumentException("Values must not be NaN.", nameof(values));
        var order = Enumerable.Range(0, values.Count).ToArray();
        Array.Sort(order, (i, j) => values[i] != values[j] ? values[i].CompareTo(values[j]) : i.CompareTo(j));
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && Equal(values[order[end]], values[order[end + 1]], tolerance)) end++;
            var rank = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++) ranks[order[k]] = rank;
            start = end + 1;
        }

        return ranks;
    }

    /// <summary>Sum of t^3 - t over the tie groups of <paramref name="ranks"/> (groups share one average rank); 0 without ties.</summary>
    public static double TieCorrection(IEnumerable<double> ranks) =>
        ranks.GroupBy(r => r).Select(g => (double)g.Count()).Where(t => t > 1).Sum(t => t * t * t - t);
}
