using FFRepro.Stats.Tests;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FFRepro.Specs.Stats;

public sealed class SignFlipSpecs
{
    /// <summary>Independent reference: enumerate all 2^n sign patterns of integer delays and count sums at least the observed.</summary>
    [Property(MaxTest = 200)]
    public Property Exact_p_equals_enumeration_of_all_sign_patterns(sbyte[] raw)
    {
        var d = raw.Take(12).Select(v => (double)(v % 7)).ToArray();
        if (d.Length == 0) return true.Label("empty");
        var observed = d.Sum();
        var count = 0;
        for (var mask = 0; mask < 1 << d.Length; mask++)
            if (d.Select((v, i) => (mask >> i & 1) == 1 ? -v : v).Sum() >= observed) count++;
        var r = SignFlip.Greater(d, 100, 1);
        return (r.Exact && Math.Abs(r.P - count / (double)(1 << d.Length)) < 1e-12).Label($"d = [{string.Join(", ", d)}]: {r.P}");
    }

    // Enumerated by hand over 2^8 = 256 patterns of [3, 0, 1, -1, 2, 2, 0, 1] (sum 8): 16 reach 8 or more. scipy 1.10.1's
    // stats.permutation_test with permutation_type="samples" on the same data gives 0.0625 as well.
    [Fact]
    public void Exact_p_of_a_small_tied_sample_is_sixteen_of_256()
    {
        var r = SignFlip.Greater([3, 0, 1, -1, 2, 2, 0, 1], 100, 1);
        Assert.Equal((0.0625, 1.0, 5, 2, 1), (r.P, r.Mean, r.Positive, r.Zero, r.Negative));
    }

    /// <summary>Ties add nothing to the sum and flipping them changes nothing: they shrink the mean, not the evidence for its sign.</summary>
    [Property(MaxTest = 100)]
    public Property Appending_zero_delays_leaves_p_unchanged_and_shrinks_the_mean(sbyte[] raw, byte zeros)
    {
        var d = raw.Take(20).Select(v => (double)(v % 5)).ToArray();
        if (d.Length == 0 || d.All(v => v == 0)) return true.Label("nothing to shrink");
        var more = d.Concat(Enumerable.Repeat(0.0, 1 + zeros % 20)).ToArray();
        var (a, b) = (SignFlip.Greater(d, 100, 1), SignFlip.Greater(more, 100, 1));
        return (Math.Abs(a.P - b.P) < 1e-12).Label($"p {a.P} vs {b.P}")
            .And((a.Mean == 0 ? b.Mean == 0 : Math.Abs(b.Mean) < Math.Abs(a.Mean)).Label("|mean| shrinks"));
    }

    [Fact]
    public void Monte_carlo_p_is_within_three_standard_errors_of_the_exact_p()
    {
        var integers = new double[] { 2, -1, 0, 3, 1, 1, -2, 0, 4, 1, 0, -1, 2, 1, 1, 0, 3, -1, 2, 0 };
        var exact = SignFlip.Greater(integers, 100, 1).P;
        // Scaling by an irrational-looking factor keeps the ordering of every pattern but forces the Monte Carlo branch.
        var mc = SignFlip.Greater(integers.Select(v => v * 0.731).ToArray(), 50_000, 9);
        Assert.False(mc.Exact);
        Assert.True(Math.Abs(mc.P - exact) <= 3 * Math.Sqrt(exact * (1 - exact) / 50_000) + 1.0 / 50_000, $"MC {mc.P} vs exact {exact}");
    }

    [Fact]
    public void Large_integer_delays_use_their_common_divisor_and_stay_exact()
    {
        var steps = new double[] { 500, 1000, 0, 1500, -500, 1000, 500, 2000, 0, 500 };
        var r = SignFlip.Greater(steps, 100, 1);
        Assert.True(r.Exact);
        Assert.Equal(SignFlip.Greater(steps.Select(v => v / 500).ToArray(), 100, 1).P, r.P, 1e-15);
    }

    [Fact]
    public void All_zero_delays_give_no_evidence() => Assert.Equal(1.0, SignFlip.Greater([0, 0, 0, 0], 100, 1).P);

    [Fact]
    public void Empty_input_gives_NaN() => Assert.True(double.IsNaN(SignFlip.Greater([], 100, 1).P));

    [Fact]
    public void NaN_values_are_rejected() => Assert.Throws<ArgumentException>(() => SignFlip.Greater([1, double.NaN], 100, 1));
}
