using FFRepro.Stats.Tests;
using Xunit;

namespace FFRepro.Specs.Stats;

public sealed class OneSampleTSpecs
{
    private static readonly double[] Sample = [0.2, 0.5, -0.1, 0.9, 0.4, 0.3, 0.8];

    // scipy 1.10.1: stats.ttest_1samp(x, 0.1, alternative="greater") -> t = 2.5195237645237634, p = 0.022658119482350463.
    [Fact]
    public void One_sided_t_test_matches_scipy()
    {
        var (t, p) = OneSampleT.Greater(Sample, 0.1);
        Assert.Equal(2.5195237645237634, t, 1e-12);
        Assert.Equal(0.022658119482350463, p, 1e-9);
    }

    // scipy 1.10.1: mean -+ stats.t.ppf(0.975, 6) * stats.sem(x) = (0.10946932956907773, 0.7476735275737794).
    [Fact]
    public void Mean_interval_matches_scipy()
    {
        var e = OneSampleT.MeanCi(Sample);
        Assert.Equal(0.10946932956907773, e.Low, 1e-9);
        Assert.Equal(0.7476735275737794, e.High, 1e-9);
    }

    [Fact]
    public void One_value_has_no_test() => Assert.True(double.IsNaN(OneSampleT.Greater([0.3], 0).P));
}
