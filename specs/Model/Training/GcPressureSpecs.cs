using FFRepro.Model.Metrics;
using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using FFRepro.Model.Training;
using FFRepro.Specs.Support;
using TorchSharp;
using Xunit;

namespace FFRepro.Specs.Model.Training;

[Collection(TorchCollection.Name)]
public sealed class GcPressureSpecs
{
    private static readonly Recipe Small = RecipePresets.Paper with { Depth = 2, Width = 16, Epochs = 3, BatchSize = 20, EvalTrain = true, EvalSchedule = "every_steps:1" };

    /// <summary>
    /// A collection on another thread during a native call finalizes any Scalar that TorchSharp converted implicitly and
    /// no longer references (model/Torch/ScalarOps.cs); before the training code held its Scalars, this run failed
    /// within seconds with "Unknown scalar type" or a libtorch assertion. With every Scalar held, forced collections
    /// change nothing.
    /// </summary>
    [Fact]
    public void Training_while_another_thread_forces_collections_gives_the_same_bits()
    {
        TorchRuntime.EnsureLoaded();
        var quiet = FFTrainer.Train(new TrainRequest(Small, TinyData.Make(), [11, 12], torch.CPU));
        var stop = false;
        var collector = new Thread(() =>
        {
            while (!Volatile.Read(ref stop))
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
        });
        collector.Start();
        IReadOnlyList<RunResult> stressed;
        try { stressed = FFTrainer.Train(new TrainRequest(Small, TinyData.Make(), [11, 12], torch.CPU)); }
        finally { Volatile.Write(ref stop, true); collector.Join(); }
        for (var k = 0; k < 2; k++)
            Assert.Equal(MetricValues.Flatten(quiet[k]).ToArray(), MetricValues.Flatten(stressed[k]).ToArray());
    }
}
