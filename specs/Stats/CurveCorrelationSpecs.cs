using FFRepro.Stats.Correlation;
using FFRepro.Stats.Tests;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FFRepro.Specs.Stats;

public sealed class CurveCorrelationSpecs
{
    private static double Pearson(double[] x, double[] y) => CurveCorrelation.Compute(x, y, CorrelationMethod.Pearson, false);
    private static double Spearman(double[] x, double[] y) => CurveCorrelation.Compute(x, y, CorrelationMethod.Spearman, false);

    // Anscombe (1973), data set I: x and y1. r = 0.816 is the published value; the digits are from
    // scipy 1.10.1 stats.pearsonr / spearmanr and numpy.diff (computed independently for this spec).
    private static readonly double[] AnscombeX = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
    private static readonly double[] AnscombeY = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];

    [Fact]
    public void Pearson_matches_anscombe_reference() => Assert.Equal(0.81642051634484, Pearson(AnscombeX, AnscombeY), 1e-12);

    [Fact]
    public void Spearman_matches_scipy_reference() => Assert.Equal(0.8181818181818182, Spearman(AnscombeX, AnscombeY), 1e-12);

    [Fact]
    public void Spearman_with_ties_matches_scipy_reference() =>
        Assert.Equal(0.5495502618648208, Spearman([3, 1, 4, 1, 5, 9, 2, 6], [1, 2, 2, 3, 5, 5, 5, 8]), 1e-12);

    [Fact]
    public void Detrended_pearson_matches_scipy_on_first_differences() =>
        Assert.Equal(0.753071665815955, CurveCorrelation.Compute(AnscombeX, AnscombeY, CorrelationMethod.Pearson, true), 1e-12);

    [Fact]
    public void Mismatched_lengths_are_rejected() =>
        Assert.Throws<ArgumentException>(() => Pearson([1, 2, 3], [1, 2]));

    [Fact]
    public void A_constant_curve_has_no_correlation() => Assert.True(double.IsNaN(Pearson([1, 2, 3, 4], [5, 5, 5, 5])));

    [Fact]
    public void NaN_values_give_NaN_not_a_number_that_looks_valid() =>
        Assert.True(double.IsNaN(Spearman([1, 2, double.NaN, 4], [1, 2, 3, 4])));

    [Property(Arbitrary = [typeof(StatsArbitraries)])]
    public Property Pearson_is_symmetric_and_bounded(SamplePair s)
    {
        var r = Pearson(s.X, s.Y);
        return (Math.Abs(r - Pearson(s.Y, s.X)) < 1e-12).Label("symmetric")
            .And((r >= -1 && r <= 1).Label("in [-1, 1]"))
            .Classify(Math.Abs(r) > 0.5, "|r| > 0.5");
    }

    [Property(Arbitrary = [typeof(StatsArbitraries)])]
    public Property Pearson_of_a_series_with_itself_is_one(SamplePair s) =>
        (Math.Abs(Pearson(s.X, s.X) - 1) < 1e-12).Label("r(x, x) = 1");

    [Property(Arbitrary = [typeof(StatsArbitraries)])]
    public Property Pearson_is_invariant_under_positive_affine_maps(SamplePair s, PositiveInt scale, int shift)
    {
        var a = scale.Get / 7.0;
        var r = Pearson(s.X, s.Y);
        return (Math.Abs(Pearson(s.X.Select(v => a * v + shift).ToArray(), s.Y) - r) < 1e-9).Label("map x")
            .And((Math.Abs(Pearson(s.X, s.Y.Select(v => a * v - shift).ToArray()) - r) < 1e-9).Label("map y"));
    }

    [Property(Arbitrary = [typeof(StatsArbitraries)])]
    public Property Pearson_flips_sign_under_negation(SamplePair s) =>
        (Math.Abs(Pearson(s.X.Select(v => -v).ToArray(), s.Y) + Pearson(s.X, s.Y)) < 1e-12).Label("r(-x, y) = -r(x, y)");

    [Property(Arbitrary = [typeof(StatsArbitraries)])]
    public Property Spearman_is_invariant_under_strictly_increasing_transforms(SamplePair s)
    {
        var rho = Spearman(s.X, s.Y);
        return (Math.Abs(Spearman(s.X.Select(v => Math.Exp(v / 50)).ToArray(), s.Y) - rho) < 1e-9).Label("exp on x")
            .And((Math.Abs(Spearman(s.X, s.Y.Select(v => v * v * v + v).ToArray()) - rho) < 1e-9).Label("cubic on y"));
    }

    /// <summary>
    /// Accuracies k/5000 climbing by steps of 0, 40, 80 or 120 correct from 100 (so they cross several binades): first
    /// differences equal in counts differ in their last bits, but ranked within the tie tolerance they give the Spearman
    /// rho of the integer count differences.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property Detrended_spearman_of_accuracies_equals_that_of_their_correct_counts(int[] kx, int[] ky)
    {
        var n = Math.Min(Math.Min(kx.Length, ky.Length), 40);
        if (n < 5) return true.Label("too short");
        static double[] Counts(IEnumerable<int> steps)
        {
            var k = 100.0;
            return steps.Select(s => k += 40 * Math.Abs(s % 4)).ToArray();
        }

        double[] cx = Counts(kx.Take(n)), cy = Counts(ky.Take(n));
        var counts = CurveCorrelation.Compute(cx, cy, CorrelationMethod.Spearman, true);
        var values = CurveCorrelation.Compute(cx.Select(k => k / 5000).ToArray(), cy.Select(k => k / 5000).ToArray(),
            CorrelationMethod.Spearman, true, NearTies.DefaultRelativeTolerance);
        return (double.IsNaN(counts) ? double.IsNaN(values) : Math.Abs(counts - values) < 1e-12).Label($"counts {counts} vs values {values}");
    }
}
