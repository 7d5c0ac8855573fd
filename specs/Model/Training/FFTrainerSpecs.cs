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
    public void Every_point_of_the_schedule_is_recorded_on_each_split_with_accuracies_in_the_unit_interval()
    {
        var r = Train(Small, 3)[0];
        Assert.Equal(RunStatus.Ok, r.Status);
        Assert.Equal(Small.Epochs, r.EpochsCompleted);
        Assert.Equal(10, r.StepsPerEpoch);   // 200 training images in batches of 20
        Assert.Equal(20, r.SamplesPerStep);
        var points = EvaluationSchedule.Parse(Small.EvalSchedule).Points(r.StepsPerEpoch, Small.Epochs, Small.EvalEvery);
        Assert.Equal([0L, 1, 2, 3, 4, 5, 6, 8, 10, 13, 16, 20, 25, 30], points);
        foreach (var split in new[] { EvalSplit.Test, EvalSplit.Train })
            Assert.Equal(points, r.Curves.Where(c => c.Split == split).Select(c => c.Step));
        var accuracies = r.Curves.SelectMany(c => c.Layers.SelectMany(l => new[] { l.FfAccuracy, l.GoodnessAccuracy })
            .Concat([c.Model.ClassifierAccuracy, c.Model.GoodnessAccuracy, c.Model.GoodnessAccuracyDeep]));
        Assert.All(accuracies, a => Assert.InRange(a, 0.0, 1.0));
    }

    [Fact]
    public void The_running_training_accuracy_is_recorded_at_every_point_after_step_0_for_every_layer()
    {
        var r = Train(Small, 3)[0];
        Assert.Equal(r.Curves.Where(c => c.Split == EvalSplit.Test).Select(c => c.Step).Skip(1), r.RunningAccuracy.Select(a => a.Step));
        Assert.All(r.RunningAccuracy, a => Assert.All(a.Layers, v => Assert.InRange(v, 0.0, 1.0)));
        Assert.All(r.RunningAccuracy, a => Assert.Equal(Small.Depth, a.Layers.Count));
    }

    [Theory]
    [InlineData(Schedule.Simultaneous)]
    [InlineData(Schedule.Interleaved)]
    [InlineData(Schedule.Greedy)]
    public void Evaluating_after_every_step_leaves_every_epoch_end_bit_identical_to_evaluating_at_epoch_ends_only(Schedule schedule)
    {
        // Evaluation draws nothing from the training generators and changes no training state, so the values at epoch
        // ends cannot depend on how often the run was evaluated in between.
        var recipe = Small with { Schedule = schedule, Epochs = 4 };
        var dense = Train(recipe with { EvalSchedule = "every_steps:1" }, 11, 12);
        var sparse = Train(recipe with { EvalSchedule = "epochs" }, 11, 12);
        for (var k = 0; k < 2; k++)
        {
            Assert.Equal(dense[k].StepsPerEpoch, sparse[k].StepsPerEpoch);
            var ends = sparse[k].Curves.Select(c => c.Step).ToHashSet();
            var atEnds = dense[k].Curves.Where(c => ends.Contains(c.Step)).ToList();
            Assert.Equal(sparse[k].Curves.Count, atEnds.Count);
            Assert.True(dense[k].Curves.Count > 4 * atEnds.Count, $"{dense[k].Curves.Count} dense points");
            Assert.Equal(Bits(sparse[k].Curves), Bits(atEnds));
        }

        static long[] Bits(IEnumerable<PointMetrics> points) => MetricValues.Flatten(new RunResult(0, RunStatus.Ok, 0, null, points.ToList(), 0))
            .Select(BitConverter.DoubleToInt64Bits).ToArray();
    }

    [Fact]
    public void The_running_accuracy_of_an_epoch_is_the_mean_of_its_steps_running_accuracies()
    {
        // Same training (the identity above), windows of one step vs one epoch: correct counts add up.
        var dense = Train(Small with { EvalSchedule = "every_steps:1" }, 4)[0];
        var sparse = Train(Small with { EvalSchedule = "epochs" }, 4)[0];
        foreach (var end in sparse.RunningAccuracy)
        {
            var window = dense.RunningAccuracy.Where(a => a.Step > end.Step - sparse.StepsPerEpoch && a.Step <= end.Step).ToList();
            Assert.Equal(sparse.StepsPerEpoch, window.Count);
            for (var l = 0; l < Small.Depth; l++)
                Assert.Equal(end.Layers[l], window.Average(a => a.Layers[l]), 1e-12);
        }
    }

    [Fact]
    public void A_greedy_window_scores_only_the_layer_it_trains()
    {
        // 2 layers x 2 epochs each, one full-batch step per epoch: windows of steps 1-2 train layer 1, 3-4 layer 2.
        var recipe = RecipePresets.Pezeshki with { Width = 16, Epochs = 4, EvalEvery = 2 };
        var r = Train(recipe, 1)[0];
        Assert.Equal([2L, 4], r.RunningAccuracy.Select(a => a.Step));
        Assert.InRange(r.RunningAccuracy[0].Layers[0], 0.0, 1.0);
        Assert.True(double.IsNaN(r.RunningAccuracy[0].Layers[1]));
        Assert.True(double.IsNaN(r.RunningAccuracy[1].Layers[0]));
        Assert.InRange(r.RunningAccuracy[1].Layers[1], 0.0, 1.0);
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
