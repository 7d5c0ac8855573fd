using FFRepro.Model.Metrics;
using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using FFRepro.Model.Training;
using FFRepro.Specs.Support;
using TorchSharp;
using Xunit;

namespace FFRepro.Specs.Model.Training;

[Collection(TorchCollection.Name)]
public sealed class FFTrainerSpecs
{
    private static readonly Recipe Small = RecipePresets.Paper with { Depth = 2, Width = 16, Epochs = 3, BatchSize = 20, EvalTrain = true };

    private static IReadOnlyList<RunResult> Train(Recipe recipe, params long[] seeds)
    {
        TorchRuntime.EnsureLoaded();
        return FFTrainer.Train(new TrainRequest(recipe, TinyData.Make(), seeds, torch.CPU));
    }

    private static double[] Flatten(RunResult r) => MetricValues.Flatten(r).ToArray();

    [Fact]
    public void Same_seed_twice_gives_bit_identical_curves()
    {
        var a = Train(Small, 11, 12);
        var b = Train(Small, 11, 12);
        Assert.Equal(Flatten(a[0]), Flatten(b[0]));
        Assert.Equal(Flatten(a[1]), Flatten(b[1]));
    }

    [Fact]
    public void Training_lifts_the_first_layer_and_the_classifier_above_chance()
    {
        // TinyData gives each class a bright patch, so 60 steps of a 2x64 network at lr 3e-3 must learn it; chance is 0.5 (binary) and 0.1 (10-class).
        var r = Train(Small with { Width = 64, Epochs = 6, Lr = 3e-3 }, 21)[0];
        var first = r.Curves.First(c => c.Split == EvalSplit.Test);
        var last = r.Curves.Last(c => c.Split == EvalSplit.Test);
        Assert.Equal(0.5, first.Layers[0].FfAccuracy, 1e-9);
        Assert.True(last.Layers[0].FfAccuracy > 0.6, $"layer 1 binary accuracy {last.Layers[0].FfAccuracy}");
        Assert.True(last.Model.ClassifierAccuracy > 0.3, $"classifier accuracy {last.Model.ClassifierAccuracy}");
    }

    [Fact]
    public void Different_seeds_give_different_curves()
    {
        var r = Train(Small, 11, 12);
        Assert.NotEqual(Flatten(r[0]), Flatten(r[1]));
    }

    [Fact]
    public void Every_epoch_from_zero_is_recorded_on_each_split_with_accuracies_in_the_unit_interval()
    {
        var r = Train(Small, 3)[0];
        Assert.Equal(RunStatus.Ok, r.Status);
        Assert.Equal(Small.Epochs, r.EpochsCompleted);
        foreach (var split in new[] { EvalSplit.Test, EvalSplit.Train })
            Assert.Equal(Enumerable.Range(0, Small.Epochs + 1).Select(e => (long)e * r.StepsPerEpoch), r.Curves.Where(c => c.Split == split).Select(c => c.Step));
        var accuracies = r.Curves.SelectMany(c => c.Layers.SelectMany(l => new[] { l.FfAccuracy, l.GoodnessAccuracy })
            .Concat([c.Model.ClassifierAccuracy, c.Model.GoodnessAccuracy, c.Model.GoodnessAccuracyDeep]));
        Assert.All(accuracies, a => Assert.InRange(a, 0.0, 1.0));
    }

    [Fact]
    public void A_seed_trained_in_a_batch_matches_the_same_seed_trained_alone_to_float_tolerance()
    {
        // Per-seed generators make the draws identical; only the rounding of the batched products may differ.
        var alone = Flatten(Train(Small, 5)[0]);
        var batched = Flatten(Train(Small, 9, 5, 7)[1]);
        Assert.Equal(alone.Length, batched.Length);
        for (var i = 0; i < alone.Length; i++)
            Assert.True(Math.Abs(alone[i] - batched[i]) <= 1e-4 * Math.Max(1, Math.Abs(alone[i])),
                $"value {i}: alone {alone[i]} vs batched {batched[i]}");
    }

    [Fact]
    public void A_huge_learning_rate_marks_the_run_diverged_and_keeps_the_epochs_before()
    {
        var r = Train(Small with { Lr = 1e12, Epochs = 5, LrCooldown = false }, 1)[0];
        Assert.Equal(RunStatus.Diverged, r.Status);
        Assert.NotNull(r.DivergedAtEpoch);
        Assert.Equal(r.DivergedAtEpoch - 1, r.EpochsCompleted);
        Assert.All(r.Curves, c => Assert.True(c.Step <= (long)r.EpochsCompleted * r.StepsPerEpoch));
    }

    [Fact]
    public void Training_leaves_no_tensors_alive()
    {
        TorchRuntime.EnsureLoaded();
        var data = TinyData.Make();
        FFTrainer.Train(new TrainRequest(Small, data, [1], torch.CPU));   // warm-up: lazily created globals
        var before = LiveTensors();
        FFTrainer.Train(new TrainRequest(Small, data, [1, 2], torch.CPU));
        Assert.Equal(before, LiveTensors());

        // Collect first, so tensors of earlier specs that only a finalizer frees do not count.
        static long LiveTensors()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            return torch.Tensor.TotalCount;
        }
    }

    [Fact]
    public void The_pezeshki_recipe_trains_greedily_with_goodness_prediction()
    {
        var recipe = RecipePresets.Pezeshki with { Width = 16, Epochs = 8, EvalEvery = 2 };
        var r = Train(recipe, 1)[0];
        Assert.Equal(RunStatus.Ok, r.Status);
        Assert.Equal(1, r.StepsPerEpoch);   // full batch: one step per epoch
        Assert.Equal([0L, 2, 4, 6, 8], r.Curves.Select(c => c.Step));
        Assert.True(double.IsNaN(r.Curves[^1].Model.ClassifierAccuracy));
        Assert.InRange(r.Curves[^1].Model.GoodnessAccuracy, 0.0, 1.0);
    }
}
