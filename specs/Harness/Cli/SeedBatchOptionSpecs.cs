using FFRepro.Harness.Cli;
using FFRepro.Harness.Design;
using Xunit;

namespace FFRepro.Specs.Harness.Cli;

public sealed class SeedBatchOptionSpecs
{
    [Theory]
    [InlineData(1, 120)]
    [InlineData(7, 20)]     // 30 seeds per cell: 4 batches of 7 and one of 2
    [InlineData(30, 4)]
    [InlineData(100, 4)]    // never more than a cell's seeds
    public void Seed_batch_overrides_the_specs_batch_size_and_is_recorded_in_the_resolved_spec(int size, int batches)
    {
        var plan = CliInputs.Plan("ci", device: null, checkData: false, seedBatch: size);
        Assert.Equal(batches, plan.Batches.Count);
        Assert.All(plan.Batches, b => Assert.InRange(b.Runs.Count, 1, size));
        Assert.All(plan.Batches, b => Assert.Single(b.Runs.Select(r => r.Cell.Label).Distinct()));
        Assert.Equal(120, plan.Count);
        Assert.Contains($"\"seed_batch_size\": {size}", GridSpecJson.Write(plan.Spec));
    }

    [Fact]
    public void Without_the_option_the_specs_batch_size_is_kept() =>
        Assert.Equal(30, CliInputs.Plan("ci", device: null, checkData: false).Spec.SeedBatchSize);
}
