using FFRepro.Stats.Tests;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.Distributions;
using Xunit;

namespace FFRepro.Specs.Stats;

public sealed class WilcoxonSignedRankSpecs
{
    // Hollander & Wolfe (1973), p. 29, depression scale x (first visit) and y (second visit), as in R's ?wilcox.test:
    // wilcox.test(x, y, paired = TRUE, alternative = "greater") gives V = 40, p-value = 0.01953 (exact, n = 9, no ties).
    [Fact]
    public void Exact_test_matches_the_hollander_wolfe_example()
    {
        double[] x = [1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30];
        double[] y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
        var r = WilcoxonSignedRank.Greater(x.Zip(y, (a, b) => a - b).ToArray());
        Assert.True(r.Exact);
        Assert.Equal(40, r.WPlus);
        Assert.Equal(0.01953125, r.P, 1e-12);
    }

    // Wikipedia, "Wilcoxon signed-rank test", worked example (10 pairs, one zero, one tie): W = 9 = W+ - W- with
    // W+ = 27, n = 9 after dropping the zero. p = 0.31764465941760345 from scipy 1.10.1
    // stats.wilcoxon(d, alternative="greater", zero_method="wilcox", correction=True, method="approx").
    [Fact]
    public void Tied_example_uses_the_normal_approximation_and_matches_scipy()
    {
        var r = WilcoxonSignedRank.Greater([15, -7, 5, 20, 0, -9, 17, -12, 5, -10]);
        Assert.False(r.Exact);
        Assert.True(r.HasTies);
        Assert.Equal(27, r.WPlus);
        Assert.Equal(9, r.N);
        Assert.Equal(1, r.Zeros);
        Assert.Equal(0.31764465941760345, r.P, 1e-12);
    }

    // d_i = ((37 i) mod 23) - 8, i = 0..59: many ties and two zeros. Reference: scipy 1.10.1, method="approx", as above.
    [Fact]
    public void Large_tied_sample_matches_scipy()
    {
        var d = Enumerable.Range(0, 60).Select(i => (double)((i * 37 % 23) - 8)).ToArray();
        Assert.Equal(0.0015965737547524261, WilcoxonSignedRank.Greater(d).P, 1e-12);
    }

    // d_i = (0.37 i) mod 2.3 - 0.9, i = 0..54: n = 55 > 50 untied, so normal approximation. Reference: scipy 1.10.1.
    [Fact]
    public void Untied_sample_above_fifty_matches_scipy_normal_approximation()
    {
        var d = Enumerable.Range(0, 55).Select(i => i * 0.37 % 2.3 - 0.9).ToArray();
        var r = WilcoxonSignedRank.Greater(d);
        Assert.False(r.Exact);
        Assert.Equal(0.013630941395654163, r.P, 1e-12);
    }

    // d_i = (0.73 i) mod 3.1 - 1.2, i = 0..19: exact. Reference: scipy 1.10.1 method="exact": W+ = 119, p = 0.3107566833496094.
    [Fact]
    public void Exact_test_matches_scipy_for_n_twenty()
    {
        var r = WilcoxonSignedRank.Greater(Enumerable.Range(0, 20).Select(i => i * 0.73 % 3.1 - 1.2).ToArray());
        Assert.Equal(119, r.WPlus);
        Assert.Equal(0.3107566833496094, r.P, 1e-12);
    }

    // scipy 1.10.1: stats.wilcoxon(d, alternative="greater", zero_method="pratt", correction=True, method="approx").
    [Fact]
    public void Pratt_ranks_the_zeros_and_matches_scipy()
    {
        var r = WilcoxonSignedRank.Greater([15, -7, 5, 20, 0, -9, 17, -12, 5, -10], WilcoxonZeros.Pratt);
        Assert.Equal(32, r.WPlus);
        Assert.Equal(0.3229093508388625, r.P, 1e-12);
        Assert.Equal(0.0018273907665855142,
            WilcoxonSignedRank.Greater(Enumerable.Range(0, 60).Select(i => (double)((i * 37 % 23) - 8)).ToArray(), WilcoxonZeros.Pratt).P, 1e-12);
    }

    // d = [0, 0, 0, 1, 2, 3, 4, 5, -1, 6, 7, 0, 8, 9]: four zeros. scipy 1.10.1 (approx): Pratt W+ = 89.5, p = 0.004081271281976878;
    // Wilcoxon W+ = 53.5, p = 0.004649111604149055.
    [Fact]
    public void Zeros_count_against_a_shift_under_pratt_and_vanish_under_wilcoxon()
    {
        double[] d = [0, 0, 0, 1, 2, 3, 4, 5, -1, 6, 7, 0, 8, 9];
        var pratt = WilcoxonSignedRank.Greater(d, WilcoxonZeros.Pratt);
        var wilcox = WilcoxonSignedRank.Greater(d);
        Assert.Equal((89.5, 53.5), (pratt.WPlus, wilcox.WPlus));
        Assert.Equal(0.004081271281976878, pratt.P, 1e-12);
        Assert.Equal(0.004649111604149055, wilcox.P, 1e-12);
        Assert.Equal((10, 4), (pratt.N, pratt.Zeros));
    }

    /// <summary>|d| that differ only in the last bits are one tie group, so W+ does not depend on rounding.</summary>
    [Fact]
    public void Magnitudes_equal_within_the_tolerance_share_a_rank()
    {
        double[] exact = [0.3, -0.3, 0.5, 0.7, -0.2, 0.9];
        var nudged = exact.Select((v, i) => i == 1 ? Math.BitIncrement(Math.BitIncrement(v)) : v).ToArray();
        var a = WilcoxonSignedRank.Greater(exact, WilcoxonZeros.Pratt, 1e-9);
        var b = WilcoxonSignedRank.Greater(nudged, WilcoxonZeros.Pratt, 1e-9);
        Assert.Equal((a.WPlus, a.P), (b.WPlus, b.P));
        Assert.True(b.HasTies);
    }

    /// <summary>Normal-branch p-values come from the survival function: tiny p stay positive (1 - CDF gave 0 here).
    /// scipy 1.10.1 stats.wilcoxon(0.01 * (1..400), alternative="greater", method="approx", correction=True): p = 1.3701736467046146e-67.</summary>
    [Fact]
    public void A_large_shifted_sample_has_the_tiny_positive_p_of_scipy()
    {
        var r = WilcoxonSignedRank.Greater(Enumerable.Range(1, 400).Select(i => i * 0.01).ToArray());
        Assert.False(r.Exact);
        Assert.Equal(1.3701736467046146e-67, r.P, 1.37e-77);
    }

    [Fact]
    public void All_zero_differences_give_no_evidence() => Assert.Equal(1.0, WilcoxonSignedRank.Greater([0, 0, 0]).P);

    [Fact]
    public void Empty_input_gives_NaN() => Assert.True(double.IsNaN(WilcoxonSignedRank.Greater([]).P));

    [Fact]
    public void NaN_differences_are_rejected() => Assert.Throws<ArgumentException>(() => WilcoxonSignedRank.Greater([1, double.NaN]));

    /// <summary>Independent reference: enumerate all 2^n sign patterns of ranks 1..n.</summary>
    [Property]
    public Property Exact_tail_equals_enumeration_of_all_sign_patterns(byte nRaw, int wRaw)
    {
        var n = 1 + nRaw % 12;
        var max = n * (n + 1) / 2;
        var w = Math.Abs(wRaw % (max + 2));
        var count = 0;
        for (var mask = 0; mask < 1 << n; mask++)
        {
            var s = 0;
            for (var k = 0; k < n; k++) if ((mask >> k & 1) == 1) s += k + 1;
            if (s >= w) count++;
        }

        return (Math.Abs(WilcoxonSignedRank.ExactUpperTail(n, w) - count / (double)(1 << n)) < 1e-12).Label($"n={n} w={w}");
    }

    /// <summary>
    /// Under H0 (symmetric about 0), p-values are close to uniform: Kolmogorov-Smirnov distance over 2000 simulated
    /// data sets below the 1% critical value 1.63 / sqrt(2000). Checked both for the exact branch (n = 20, continuous)
    /// and the normal branch (n = 30, integer-valued with ties). P(p &lt;= 0.05) must not exceed 0.05 + 3 MC SEs.
    /// </summary>
    [Theory]
    [InlineData(20, false)]
    [InlineData(30, true)]
    public void Null_p_values_are_close_to_uniform(int n, bool integer)
    {
        const int sims = 2000;
        var random = new Random(5);
        var p = new double[sims];
        for (var s = 0; s < sims; s++)
        {
            var d = new double[n];
            for (var i = 0; i < n; i++)
            {
                var g = Normal.Sample(random, 0, 3);
                d[i] = integer ? Math.Round(g) : g;
            }

            p[s] = WilcoxonSignedRank.Greater(d).P;
        }

        Array.Sort(p);
        var ks = 0.0;
        for (var i = 0; i < sims; i++) ks = Math.Max(ks, Math.Max(Math.Abs((i + 1.0) / sims - p[i]), Math.Abs(p[i] - (double)i / sims)));
        Assert.True(ks < 1.63 / Math.Sqrt(sims), $"KS distance {ks}");
        var rejections = p.Count(v => v <= 0.05) / (double)sims;
        Assert.True(rejections <= 0.05 + 3 * Math.Sqrt(0.05 * 0.95 / sims), $"rejection rate {rejections}");
    }
}
