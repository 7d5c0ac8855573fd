using FFRepro.Stats;
using Xunit;

namespace FFRepro.Specs.Stats;

public sealed class StatsOptionsSpecs
{
    [Fact]
    public void Defaults_are_valid() => Assert.Empty(StatsOptions.Default.Violations());

    [Fact]
    public void Defaults_state_the_documented_values()
    {
        var o = StatsOptions.Default;
        Assert.Equal((0.5, 0.05, 0.7, "test"), (o.Tau, o.Alpha, o.StrongR, o.Split));
        Assert.Equal([0.25, 0.75, 0.9], o.ExtraTaus);
    }

    [Fact]
    public void Every_violation_names_its_field()
    {
        var bad = StatsOptions.Default with { Tau = 0, Alpha = 1.5, Split = "valid", Permutations = 1, ExtraTaus = [0.5, 2] };
        var message = Assert.Throws<ArgumentException>(bad.Validate).Message;
        foreach (var field in new[] { "Tau", "Alpha", "Split", "Permutations", "ExtraTaus" }) Assert.Contains(field, message);
    }
}
