using FFRepro.Harness.Checkpoints;
using Xunit;

namespace FFRepro.Specs.Harness.Checkpoints;

public sealed class CheckpointPolicySpecs
{
    [Fact]
    public void Every_epoch_writes_after_each_epoch_but_the_last()
    {
        var p = CheckpointPolicy.Parse("epoch");
        Assert.All(Enumerable.Range(1, 9), e => Assert.True(p.Due(e, 10, TimeSpan.Zero)));
        Assert.False(p.Due(10, 10, TimeSpan.FromHours(1)));
    }

    [Theory]
    [InlineData("10m", 9.9, false)]
    [InlineData("10m", 10, true)]
    [InlineData("0.5m", 31 / 60.0, true)]
    [InlineData("off", 1e6, false)]
    public void Minutes_bound_how_often_and_off_never(string text, double minutesSince, bool due) =>
        Assert.Equal(due, CheckpointPolicy.Parse(text).Due(3, 10, TimeSpan.FromMinutes(minutesSince)));

    [Theory]
    [InlineData("5")]
    [InlineData("-1m")]
    [InlineData("m")]
    [InlineData("NaNm")]
    [InlineData("daily")]
    public void Anything_else_is_refused_quoting_the_text(string text) =>
        Assert.Contains($"'{text}'", Assert.Throws<FormatException>(() => CheckpointPolicy.Parse(text)).Message);
}
