using FFRepro.Stats.Tests;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FFRepro.Specs.Stats;

public sealed class HolmSpecs
{
    // Hand computation (Holm 1979): sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1 = 0.02, 0.03, 0.06, 0.04;
    // running maximum 0.02, 0.03, 0.06, 0.06; back in input order. Same as R p.adjust(c(.01,.04,.03,.005), "holm").
    [Fact]
    public void Holm_matches_the_hand_computed_example() =>
        Assert.Equal([0.03, 0.06, 0.06, 0.02], Holm.Adjust([0.01, 0.04, 0.03, 0.005]).Select(v => Math.Round(v, 12)));

    [Fact]
    public void NaN_p_values_stay_NaN_and_do_not_count()
    {
        var adjusted = Holm.Adjust([0.01, double.NaN, 0.04]);
        Assert.True(double.IsNaN(adjusted[1]));
        Assert.Equal(0.02, adjusted[0], 1e-12);
        Assert.Equal(0.04, adjusted[2], 1e-12);
    }

    [Fact]
    public void A_p_value_above_one_is_rejected() => Assert.Throws<ArgumentOutOfRangeException>(() => Holm.Adjust([1.2]));

    [Property(Arbitrary = [typeof(StatsArbitraries)])]
    public Property Holm_adjusted_p_is_at_least_raw_p_at_most_one_and_monotone(PValueList family)
    {
        var p = family.P;
        var h = Holm.Adjust(p);
        var indices = Enumerable.Range(0, p.Length).ToArray();
        return indices.All(i => h[i] >= p[i]).Label("p_holm >= p")
            .And(h.All(v => v <= 1).Label("p_holm <= 1"))
            .And(indices.All(i => indices.All(j => p[i] > p[j] || h[i] <= h[j])).Label("monotone in raw p"))
            .Classify(p.Length == 0, "empty family");
    }
}
