using FFRepro.Harness.Design;
using FFRepro.Harness.Planning;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FFRepro.Specs.Harness.Planning;

public sealed class ShardSpecs
{
    [Property(Arbitrary = [typeof(HarnessArbitraries)], MaxTest = 80)]
    public Property Shards_partition_the_plan(GridSpec spec, PositiveInt shards)
    {
        var n = shards.Get % 40 + 1;
        var plan = Planner.Expand(spec, new FakeCatalog());
        var parts = Enumerable.Range(1, n).Select(i => plan.ForShard(new Shard(i, n)).Runs.Select(r => r.RunId).ToList()).ToList();
        var all = parts.SelectMany(p => p).ToList();
        return (all.Count == plan.Count).Label("sizes add up")
            .And(all.Distinct().Count() == all.Count).Label("disjoint")
            .And(all.ToHashSet().SetEquals(plan.Runs.Select(r => r.RunId))).Label("cover the plan")
            .Classify(n > plan.Batches.Count, "more shards than batches");
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("3/8", 3, 8)]
    public void Shards_parse(string text, int i, int n) => Assert.Equal(new Shard(i, n), Shard.Parse(text));

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("-1/2")]
    public void Bad_shards_are_rejected_quoting_the_text(string text) =>
        Assert.Contains($"'{text}'", Assert.Throws<FormatException>(() => Shard.Parse(text)).Message);
}
