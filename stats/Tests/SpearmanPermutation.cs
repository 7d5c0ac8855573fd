namespace FFRepro.Stats.Tests;

/// <summary>Spearman rank correlation with a one-sided (negative) permutation p-value.</summary>
public static class SpearmanPermutation
{
    /// <summary>
    /// Tests H0: x and y are exchangeable (no association) against H1: y decreases with x.
    /// rho = Pearson r of the average ranks, values within the relative <paramref name="tolerance"/> ranked as ties
    /// (<see cref="NearTies.AverageRanks"/>; with tolerance 0 equal to Math.NET <c>Correlation.Spearman</c>); y's ranks are permuted
    /// <paramref name="permutations"/> times (Fisher-Yates, <c>new Random(seed)</c>) and
    /// p = (1 + #{rho* &lt;= rho}) / (B + 1), which is valid (never below the exact permutation p-value in expectation).
    /// </summary>
    /// <returns>NaN rho and p when n &lt; 3 or either variable is constant.</returns>
    /// <exception cref="ArgumentException">x and y differ in length, or contain NaN/infinite values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">permutations &lt; 1.</exception>
    public static PermutationResult Less(
        IReadOnlyList<double> x, IReadOnlyList<double> y, int permutations, int seed, double tolerance = 0)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count) throw new ArgumentException($"x and y differ in length ({x.Count} vs {y.Count}).", nameof(y));
        if (permutations < 1) throw new ArgumentOutOfRangeException(nameof(permutations), permutations, "permutations must be >= 1.");
        if (x.Concat(y).Any(v => !double.IsFinite(v))) throw new ArgumentException("Values must be finite (no NaN).", nameof(x));
        var n = x.Count;
        if (n < 3) return new PermutationResult(double.NaN, double.NaN, n, permutations);

        var cx = Centered(NearTies.AverageRanks(x, tolerance));
        var cy = Centered(NearTies.AverageRanks(y, tolerance));
        var norm = Math.Sqrt(cx.Sum(v => v * v) * cy.Sum(v => v * v));
        if (norm == 0) return new PermutationResult(double.NaN, double.NaN, n, permutations);

        var rho = Dot(cx, cy) / norm;
        // Rounding in the dot product must not turn an identical arrangement into a "less extreme" one.
        var cut = rho + 1e-12;
        var random = new Random(seed);
        var perm = (double[])cy.Clone();
        var asExtreme = 0;
        for (var b = 0; b < permutations; b++)
        {
            for (var i = n - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (perm[i], perm[j]) = (perm[j], perm[i]);
            }

            if (Dot(cx, perm) / norm <= cut) asExtreme++;
        }

        return new PermutationResult(rho, (1.0 + asExtreme) / (permutations + 1.0), n, permutations);
    }

    private static double[] Centered(double[] v)
    {
        var mean = v.Average();
        return v.Select(a => a - mean).ToArray();
    }

    private static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
