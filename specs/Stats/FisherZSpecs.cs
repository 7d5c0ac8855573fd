using FFRepro.Stats.Correlation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FFRepro.Specs.Stats;

public sealed class FisherZSpecs
{
    [Property]
    public Property Fisher_z_round_trips_through_tanh(int k)
    {
        var r = Math.Clamp(k % 10_000 / 10_000.0, -0.9999, 0.9999);
        return (Math.Abs(FisherZ.Inverse(FisherZ.Transform(r)) - r) < 1e-12).Label("tanh(atanh r) = r");
    }

    /// <summary>r = +-1 (up to rounding) has no finite z: it is marked infinite, never clamped to a large finite number that would dominate a mean.</summary>
    [Fact]
    public void Fisher_z_of_a_perfect_correlation_is_infinite()
    {
        Assert.Equal(double.PositiveInfinity, FisherZ.Transform(1));
        Assert.Equal(double.NegativeInfinity, FisherZ.Transform(-1));
        Assert.Equal(double.PositiveInfinity, FisherZ.Transform(0.99999999999999989));
        Assert.True(double.IsFinite(FisherZ.Transform(0.999999)));
    }

    [Fact]
    public void Mean_correlation_refuses_a_perfect_correlation_instead_of_averaging_an_infinity() =>
        Assert.Throws<ArgumentException>(() => FisherZAggregate.MeanCorrelation([0.5, 1.0]));

    [Fact]
    public void Fisher_z_rejects_values_outside_minus_one_to_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FisherZ.Transform(1.5));

    // Hand computation: z = atanh(0.5, 0.6, 0.7) = 0.549306, 0.693147, 0.867301; mean 0.703251; sd of z 0.159085;
    // t(0.975, 2) = 4.302653; half-width 0.395187 -> tanh(0.703251) = 0.606244, CI tanh(0.308064), tanh(1.098438).
    [Fact]
    public void Mean_correlation_is_the_tanh_of_the_mean_z_with_a_t_interval()
    {
        var e = FisherZAggregate.MeanCorrelation([0.5, 0.6, 0.7]);
        var z = new[] { 0.5, 0.6, 0.7 }.Select(Math.Atanh).ToArray();
        var mean = z.Average();
        var sd = Math.Sqrt(z.Sum(v => (v - mean) * (v - mean)) / 2);
        var half = 4.302652729911275 * sd / Math.Sqrt(3);
        Assert.Equal(Math.Tanh(mean), e.Value, 1e-12);
        Assert.Equal(Math.Tanh(mean - half), e.Low, 1e-9);
        Assert.Equal(Math.Tanh(mean + half), e.High, 1e-9);
        Assert.Equal(3, e.N);
    }

    [Fact]
    public void Mean_correlation_of_nothing_is_NaN() => Assert.True(double.IsNaN(FisherZAggregate.MeanCorrelation([]).Value));

    [Fact]
    public void Mean_correlation_refuses_NaN_instead_of_averaging_it_away() =>
        Assert.Throws<ArgumentException>(() => FisherZAggregate.MeanCorrelation([0.5, double.NaN]));
}
