using FFRepro.Model.Data;
using FFRepro.Model.Metrics;
using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using FFRepro.Model.Training;
using FFRepro.Specs.Support;
using TorchSharp;
using Xunit;

namespace FFRepro.Specs.Model.Checkpoints;

/// <summary>
/// A training stopped after any epoch and restarted from its checkpoint ends bit for bit where an uninterrupted one
/// ends; a damaged or foreign checkpoint is refused with its reason and the training starts afresh.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class CheckpointSpecs
{
    private static readonly Dataset Data = TinyData.Make(120, 60);

    private static IReadOnlyList<RunResult> Train(Recipe recipe, long[] seeds, int[]? depths, MemoryCheckpointStore? store, int? stopAfter = null)
    {
        TorchRuntime.EnsureLoaded();
        using var cts = new CancellationTokenSource();
        var progress = new Stop(stopAfter, cts);
        return FFTrainer.Train(new TrainRequest(recipe, Data, seeds, torch.CPU, depths, store), progress, cts.Token);
    }

    /// <summary>Cancels after the given epoch, as a kill would stop the process between epochs.</summary>
    private sealed class Stop(int? after, CancellationTokenSource cts) : IProgress<TrainProgress>
    {
        public void Report(TrainProgress value)
        {
            if (value.Epoch == after) cts.Cancel();
        }
    }

    /// <summary>Every value's bits, the steps of the curve points and running-accuracy rows, and each run's end.</summary>
    private static long[] Bits(IEnumerable<RunResult> runs) => runs.SelectMany(r =>
        MetricValues.Flatten(r).Select(BitConverter.DoubleToInt64Bits)
            .Concat(r.Curves.Select(c => c.Step)).Concat(r.RunningAccuracy.Select(a => a.Step))
            .Concat([(long)r.Status, r.EpochsCompleted, r.DivergedAtEpoch ?? -1, r.Curves.Count, r.RunningAccuracy.Count])).ToArray();

    public static TheoryData<string, int> Cases => new()
    {
        { "paper", 1 }, { "paper", 3 }, { "pezeshki-greedy", 2 }, { "adam-fixed-negatives", 1 }, { "nested", 2 },
        { "every-step", 2 }, { "between-points", 1 }, { "between-points", 3 }, { "nested-every-step", 1 }, { "nested-between-points", 1 }, { "nested-between-epoch-points", 3 },
    };

    private static (Recipe Recipe, int[]? Depths) Case(string name) => name switch
    {
        "paper" => (RecipePresets.Paper with { Depth = 2, Width = 8, Epochs = 4, BatchSize = 20, EvalTrain = true }, null),
        // Greedy: each layer's optimizer block has its own step count; full batch; negatives drawn once.
        "pezeshki-greedy" => (RecipePresets.Pezeshki with { Depth = 2, Width = 8, Epochs = 4 }, null),
        "adam-fixed-negatives" => (RecipePresets.Paper with { Depth = 2, Width = 8, Epochs = 3, BatchSize = 40, Optimizer = OptimizerKind.Adam, ResampleNegatives = false }, null),
        "nested" => (RecipePresets.Paper with { Depth = 3, Width = 8, Epochs = 4, BatchSize = 20 }, [1, 2, 3]),
        // 6 steps per epoch. Every step a point: the checkpoint follows a point, the next point is one step later.
        "every-step" => (RecipePresets.Paper with { Depth = 2, Width = 8, Epochs = 4, BatchSize = 20, EvalTrain = true, EvalSchedule = "every_steps:1" }, null),
        // Points at the ends of epochs 2 and 4 only: a checkpoint after epoch 1 or 3 falls between two points, so the
        // running accuracy counted since the last one is in the checkpoint, not yet in any row.
        "between-points" => (RecipePresets.Paper with { Depth = 2, Width = 8, Epochs = 4, BatchSize = 20, EvalSchedule = "epochs:2" }, null),
        "nested-every-step" => (RecipePresets.Paper with { Depth = 3, Width = 8, Epochs = 3, BatchSize = 20, EvalSchedule = "every_steps:1" }, [1, 2, 3]),
        // Every 4th step: points inside epochs (4, 8, 16, 20) and epoch ends that are not points (6, 18).
        "nested-between-points" => (RecipePresets.Paper with { Depth = 3, Width = 8, Epochs = 4, BatchSize = 20, EvalSchedule = "every_steps:4" }, [2, 3]),
        "nested-between-epoch-points" => (RecipePresets.Paper with { Depth = 3, Width = 8, Epochs = 4, BatchSize = 20, EvalSchedule = "epochs:2" }, [2, 3]),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_training_resumed_from_its_checkpoint_ends_bit_for_bit_as_an_uninterrupted_one(string name, int stopAfter)
    {
        var (recipe, depths) = Case(name);
        long[] seeds = [3, 8];
        var whole = Train(recipe, seeds, depths, null);

        var store = new MemoryCheckpointStore();
        Assert.Throws<OperationCanceledException>(() => Train(recipe, seeds, depths, store, stopAfter));
        Assert.Equal(stopAfter, store.Saves);
        var resumed = Train(recipe, seeds, depths, store);
        Assert.Equal(stopAfter, store.RestoredEpoch);
        Assert.Empty(store.Rejected);
        Assert.Equal(Bits(whole), Bits(resumed));
    }

    [Fact]
    public void Checkpoints_taken_less_often_resume_from_the_last_one_taken()
    {
        var (recipe, _) = Case("paper");
        var whole = Train(recipe, [1], null, null);
        var store = new MemoryCheckpointStore { When = e => e == 2 };
        Assert.Throws<OperationCanceledException>(() => Train(recipe, [1], null, store, stopAfter: 3));
        var resumed = Train(recipe, [1], null, store);
        Assert.Equal(2, store.RestoredEpoch);
        Assert.Equal(Bits(whole), Bits(resumed));
    }

    public static TheoryData<string, string> Damage => new()
    {
        { "truncated", "truncated" }, { "flipped", "SHA-256" }, { "zero-length", "truncated" }, { "garbage", "magic" },
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public void A_damaged_checkpoint_is_refused_with_its_reason_and_training_starts_afresh(string damage, string reason)
    {
        var (recipe, _) = Case("paper");
        var whole = Train(recipe, [1, 2], null, null);
        var store = new MemoryCheckpointStore();
        Assert.Throws<OperationCanceledException>(() => Train(recipe, [1, 2], null, store, stopAfter: 2));
        var bytes = store.Bytes!;
        store.Bytes = damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "flipped" => bytes.Select((b, i) => i == bytes.Length / 2 ? (byte)(b ^ 0x10) : b).ToArray(),
            "zero-length" => [],
            _ => Enumerable.Repeat((byte)0x5A, 4096).ToArray(),
        };
        var resumed = Train(recipe, [1, 2], null, store);
        Assert.Contains(reason, Assert.Single(store.Rejected));
        Assert.Null(store.RestoredEpoch);
        Assert.Equal(Bits(whole), Bits(resumed));
    }

    [Theory]
    [InlineData("other seeds")]
    [InlineData("other recipe")]
    [InlineData("other depths")]
    public void A_checkpoint_of_another_training_is_refused_and_never_mixed_in(string other)
    {
        var (recipe, _) = Case("nested");
        var store = new MemoryCheckpointStore();
        Assert.Throws<OperationCanceledException>(() => Train(recipe, [1, 2], [2, 3], store, stopAfter: 1));
        var (r, seeds, depths) = other switch
        {
            "other seeds" => (recipe, new long[] { 1, 3 }, new[] { 2, 3 }),
            "other recipe" => (recipe with { Lr = 0.002 }, new long[] { 1, 2 }, new[] { 2, 3 }),
            _ => (recipe, new long[] { 1, 2 }, new[] { 1, 3 }),
        };
        var whole = Train(r, seeds, depths, null);
        var resumed = Train(r, seeds, depths, store);
        Assert.Contains("another training", Assert.Single(store.Rejected));
        Assert.Equal(Bits(whole), Bits(resumed));
    }
}
