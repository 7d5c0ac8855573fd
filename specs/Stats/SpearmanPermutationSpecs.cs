using FFRepro.Stats.Tests;
using Xunit;

namespace FFRepro.Specs.Stats;

public sealed class SpearmanPermutationSpecs
{
    private static readonly double[] X = [100, 100, 500, 500, 1000, 2000, 2000];
    private static readonly double[] Y = [0.9, 0.7, 0.8, 0.6, 0.65, 0.5, 0.55];

    [Fact]
    public void Rho_equals_mathnet_spearman() =>
        Assert.Equal(MathNet.Numerics.Statistics.Correlation.Spearman(X, Y), SpearmanPermutation.Less(X, Y, 100, 1).Rho, 1e-12);

    /// <summary>Independent reference: the exact permutation p over all 7! = 5040 arrangements of Y.</summary>
    [Fact]
    public void Monte_carlo_p_is_within_three_standard_errors_of_the_exact_permutation_p()
    {
        var rho = MathNet.Numerics.Statistics.Correlation.Spearman(X, Y);
        int total = 0, asExtreme = 0;
        foreach (var perm in Permutations(Y))
        {
            total++;
            if (MathNet.Numerics.Statistics.Correlation.Spearman(X, perm) <= rho + 1e-12) asExtreme++;
        }

        var exact = asExtreme / (double)total;
        const int b = 20_000;
        var p = SpearmanPermutation.Less(X, Y, b, 3).P;
        Assert.True(Math.Abs(p - exact) <= 3 * Math.Sqrt(exact * (1 - exact) / b) + 1.0 / b, $"MC {p} vs exact {exact}");
    }

    [Fact]
    public void Constant_predictor_gives_NaN() =>
        Assert.True(double.IsNaN(SpearmanPermutation.Less([1, 1, 1, 1], [1, 2, 3, 4], 100, 1).P));

    [Fact]
    public void Mismatched_lengths_are_rejected() =>
        Assert.Throws<ArgumentException>(() => SpearmanPermutation.Less([1, 2, 3], [1, 2], 100, 1));

    private static IEnumerable<double[]> Permutations(double[] items)
    {
        if (items.Length <= 1) { yield return items; yield break; }
        for (var i = 0; i < items.Length; i++)
            foreach (var rest in Permutations(items.Where((_, j) => j != i).ToArray()))
                yield return [items[i], .. rest];
    }
}
