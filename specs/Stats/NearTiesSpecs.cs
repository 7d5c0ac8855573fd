using FFRepro.Stats.Tests;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.Statistics;
using Xunit;

namespace FFRepro.Specs.Stats;

public sealed class NearTiesSpecs
{
    [Property(Arbitrary = [typeof(StatsArbitraries)])]
    public Property Ranks_without_tolerance_are_mathnet_average_ranks(SamplePair s) =>
        NearTies.AverageRanks(s.X, 0).SequenceEqual(Statistics.Ranks(s.X, RankDefinition.Average)).Label("same ranks");

    [Property(Arbitrary = [typeof(StatsArbitraries)])]
    public Property Values_a_few_ulps_apart_share_a_rank(SamplePair s)
    {
        // Each value and a copy nudged by two ulps: equal on paper, different in the last bits (0 has no relative neighbourhood).
        var nudged = s.X.Concat(s.X.Select(v => v == 0 ? 0 : Math.BitIncrement(Math.BitIncrement(v)))).ToArray();
        var ranks = NearTies.AverageRanks(nudged, NearTies.DefaultRelativeTolerance);
        var exact = Statistics.Ranks(s.X.Concat(s.X).ToArray(), RankDefinition.Average);
        return ranks.SequenceEqual(exact).Label("ranks of the nudged copies equal the ranks of exact copies");
    }

    // Two Spearman correlations equal on paper (the same rank pattern) can differ by 4e-16 after Math.NET's arithmetic.
    [Fact]
    public void A_difference_of_two_values_equal_on_paper_is_zero()
    {
        var a = 0.8787878787878788;
        var b = Math.BitIncrement(Math.BitIncrement(a));
        Assert.NotEqual(0, a - b);
        Assert.Equal(0, NearTies.Difference(a, b, NearTies.DefaultRelativeTolerance));
        Assert.Equal(0.1, NearTies.Difference(0.9, 0.8, NearTies.DefaultRelativeTolerance), 1e-15);
    }

    [Fact]
    public void Ties_chain_through_neighbours()
    {
        const double tol = 1e-9;
        double a = 1, b = 1 + 0.8e-9, c = 1 + 1.6e-9;
        Assert.False(NearTies.Equal(a, c, tol));
        Assert.Equal([2.0, 2.0, 2.0, 4.0], NearTies.AverageRanks([c, a, b, 2], tol));
    }

    [Fact]
    public void NaN_is_never_ranked() => Assert.Throws<ArgumentException>(() => NearTies.AverageRanks([1, double.NaN], 0));
}
