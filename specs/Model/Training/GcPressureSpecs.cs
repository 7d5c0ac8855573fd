using FFRepro.Model.Metrics;
using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using FFRepro.Model.Training;
using FFRepro.Specs.Model.Checkpoints;
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
        var stressed = UnderCollections(() => FFTrainer.Train(new TrainRequest(Small, TinyData.Make(), [11, 12], torch.CPU)));
        for (var k = 0; k < 2; k++)
            Assert.Equal(MetricValues.Flatten(quiet[k]).ToArray(), MetricValues.Flatten(stressed[k]).ToArray());
    }

    /// <summary>The nested trainer's per-depth sums and classifiers, and a checkpoint written after epoch 1 and restored,
    /// under the same pressure.</summary>
    [Fact]
    public void Nested_training_checkpointed_and_resumed_while_another_thread_forces_collections_gives_the_same_bits()
    {
        TorchRuntime.EnsureLoaded();
        var recipe = Small with { Depth = 3 };
        int[] depths = [1, 2, 3];
        var quiet = FFTrainer.Train(new TrainRequest(recipe, TinyData.Make(), [11, 12], torch.CPU, depths));
        var store = new MemoryCheckpointStore();
        var stressed = UnderCollections(() =>
        {
            using var cts = new CancellationTokenSource();
            var stopAfterEpoch1 = new Progress(p => { if (p.Epoch == 1) cts.Cancel(); });
            Assert.Throws<OperationCanceledException>(() =>
                FFTrainer.Train(new TrainRequest(recipe, TinyData.Make(), [11, 12], torch.CPU, depths, store), stopAfterEpoch1, cts.Token));
            return FFTrainer.Train(new TrainRequest(recipe, TinyData.Make(), [11, 12], torch.CPU, depths, store));
        });
        Assert.Equal(1, store.RestoredEpoch);
        Assert.Equal(6, stressed.Count);
        for (var k = 0; k < 6; k++)
            Assert.Equal(MetricValues.Flatten(quiet[k]).ToArray(), MetricValues.Flatten(stressed[k]).ToArray());
    }

    /// <summary>Runs <paramref name="train"/> while another thread collects and finalizes without pause.</summary>
    private static T UnderCollections<T>(Func<T> train)
    {
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
        try { return train(); }
        finally { Volatile.Write(ref stop, true); collector.Join(); }
    }

    /// <summary>Reports synchronously on the training thread (System.Progress would post to the thread pool).</summary>
    private sealed class Progress(Action<TrainProgress> report) : IProgress<TrainProgress>
    {
        public void Report(TrainProgress value) => report(value);
    }
}
