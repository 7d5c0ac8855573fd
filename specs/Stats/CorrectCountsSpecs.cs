using FFRepro.Stats.Onsets;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FFRepro.Specs.Stats;

public sealed class CorrectCountsSpecs
{
    [Property]
    public Property Counts_of_fractions_k_over_n_are_recovered_on_a_grid_at_least_as_fine(PositiveInt nRaw, int[] kRaw)
    {
        var n = 1 + nRaw.Get % 20_000;
        var k = kRaw.Take(50).Select(v => (long)(Math.Abs((long)v) % (n + 1))).ToArray();
        if (k.Length == 0) return true.Label("empty");
        var values = k.Select(c => c / (double)n).ToArray();
        var found = CorrectCounts.TryFind(values, out var counts, out var denominator);
        return found.Label("found")
            .And((n % denominator == 0).Label($"n = {n} is a multiple of the denominator {denominator}"))
            .And(counts.Select((c, i) => c * (n / denominator) == k[i]).All(x => x).Label("counts scale to the true counts"));
    }

    [Fact]
    public void Values_that_are_not_fractions_have_no_counts()
    {
        Assert.False(CorrectCounts.TryFind([0.5, Math.PI / 4], out _, out _));
        Assert.False(CorrectCounts.TryFind([0.5, double.NaN], out _, out _));
        Assert.False(CorrectCounts.TryFind([1 / 3.0, 1 / 1_000_003.0], out _, out _));
    }

    [Fact]
    public void Accuracies_of_a_2000_image_evaluation_come_back_as_counts()
    {
        Assert.True(CorrectCounts.TryFind([0.09, 0.3, 0.42, 0.75, 0.5955], out var k, out var n));
        Assert.Equal(2000, n);
        Assert.Equal([180L, 600, 840, 1500, 1191], k);
    }
}
