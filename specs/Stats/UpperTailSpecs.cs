using FFRepro.Stats.Tests;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FFRepro.Specs.Stats;

public sealed class UpperTailSpecs
{
    // scipy 1.10.1: stats.t.sf(t, df). The first row is the largest t of the paper-mnist10k H2-level table, where 1 - CDF
    // gave 2.22e-16; mpmath at 50 digits gives 1.93783611694335488e-16 there too.
    [Theory]
    [InlineData(16.298, 29, 1.937836116943366e-16)]
    [InlineData(44.336, 29, 1.6809233057529264e-28)]
    [InlineData(100.0, 29, 1.1300337181895327e-38)]
    [InlineData(8.0, 3, 0.0020382887938927333)]
    [InlineData(2.5195237645237634, 6, 0.022658119482350463)]
    [InlineData(-1.3, 10, 0.8886170913965777)]
    [InlineData(0.0, 5, 0.5)]
    public void Student_t_survival_matches_scipy_to_ten_significant_digits(double t, double df, double expected) =>
        Assert.Equal(expected, UpperTail.StudentT(t, df), expected * 1e-10);

    // scipy 1.10.1: stats.norm.sf(z).
    [Theory]
    [InlineData(0.5, 0.3085375387259869)]
    [InlineData(10.0, 7.61985302416047e-24)]
    [InlineData(30.0, 4.906713927147908e-198)]
    [InlineData(-2.0, 0.9772498680518208)]
    public void Normal_survival_matches_scipy_to_ten_significant_digits(double z, double expected) =>
        Assert.Equal(expected, UpperTail.Normal(z), expected * 1e-10);

    [Property]
    public Property Student_t_survival_is_positive_and_decreasing_in_t(ushort a, ushort b, byte dfRaw)
    {
        double t1 = a / 50.0, t2 = b / 50.0, df = 1 + dfRaw % 60;
        var (lo, hi) = (Math.Min(t1, t2), Math.Max(t1, t2));
        var (pLo, pHi) = (UpperTail.StudentT(lo, df), UpperTail.StudentT(hi, df));
        return (pHi > 0).Label($"P(T > {hi}) = {pHi} > 0 on {df} df").And((pHi <= pLo).Label("decreasing"));
    }

    [Property]
    public Property Student_t_survival_agrees_with_one_minus_the_cdf_where_that_does_not_cancel(short raw, byte dfRaw)
    {
        double t = raw % 500 / 100.0, df = 1 + dfRaw % 60;
        var cdf = MathNet.Numerics.Distributions.StudentT.CDF(0, 1, df, t);
        return (Math.Abs(UpperTail.StudentT(t, df) - (1 - cdf)) < 1e-12).Label($"t = {t}, df = {df}");
    }

    [Fact]
    public void Infinite_and_missing_statistics_have_their_limits()
    {
        Assert.Equal(0, UpperTail.StudentT(double.PositiveInfinity, 5));
        Assert.Equal(1, UpperTail.StudentT(double.NegativeInfinity, 5));
        Assert.True(double.IsNaN(UpperTail.StudentT(double.NaN, 5)));
        Assert.True(double.IsNaN(UpperTail.Normal(double.NaN)));
    }

    [Fact]
    public void Degrees_of_freedom_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => UpperTail.StudentT(1, 0));
}
