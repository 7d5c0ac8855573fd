using FFRepro.Model.Bench;
using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using FFRepro.Specs.Support;
using TorchSharp;
using Xunit;

namespace FFRepro.Specs.Model.Bench;

[Collection(TorchCollection.Name)]
public sealed class EpochBenchmarkSpecs
{
    [Fact]
    public void Every_measured_epoch_has_a_wall_time_and_a_process_cpu_time()
    {
        TorchRuntime.EnsureLoaded();
        var (wall, cpu) = EpochBenchmark.TrainEpochsTimed(RecipePresets.Paper with { Depth = 2, Width = 8 }, seeds: 2, batches: 2, measured: 3, torch.CPU);
        Assert.Equal(3, wall.Length);
        Assert.Equal(3, cpu.Length);
        Assert.All(wall, ms => Assert.True(ms > 0));
        Assert.All(cpu, ms => Assert.True(ms >= 0 && double.IsFinite(ms)));
    }
}
