using FFRepro.Model.Metrics;
using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using FFRepro.Model.Training;
using FFRepro.Specs.Support;
using FsCheck;
using FsCheck.Fluent;
using TorchSharp;
using Xunit;

namespace FFRepro.Specs.Model.Training;

/// <summary>
/// Nested training: one network of the deepest depth, with a classifier per run depth, gives every depth's runs bit for
/// bit as separate networks of each depth do, for the recipes where it is allowed.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class NestedDepthsSpecs
{
    private static IReadOnlyList<RunResult> Train(Recipe recipe, long[] seeds, IReadOnlyList<int>? depths = null)
    {
        TorchRuntime.EnsureLoaded();
        return FFTrainer.Train(new TrainRequest(recipe, TinyData.Make(120, 60), seeds, torch.CPU, depths));
    }

    /// <summary>Every value's bits, the steps and splits of the curve points and running-accuracy rows, and the run's end.</summary>
    private static long[] Bits(RunResult r) =>
        MetricValues.Flatten(r).Select(BitConverter.DoubleToInt64Bits)
            .Concat(r.Curves.SelectMany(c => new[] { c.Step, (long)c.Split, c.Layers.Count }))
            .Concat(r.RunningAccuracy.SelectMany(a => new[] { a.Step, a.Layers.Count }))
            .Concat([(long)r.Status, r.EpochsCompleted, r.DivergedAtEpoch ?? -1, r.Curves.Count, r.RunningAccuracy.Count, r.StepsPerEpoch]).ToArray();

    /// <summary>Evaluation schedules of the cases: the paper's (dense early, every epoch end of these short runs), every
    /// step, every 4th step (points inside epochs, epoch ends of 6 steps mostly not points), every 2nd epoch end.</summary>
    private static readonly string[] Schedules = ["log:10@2000,epochs:20", "every_steps:1", "every_steps:4", "epochs:2"];

    /// <summary>Small recipes of the kinds nesting allows: paper-like or pezeshki-like with the simultaneous schedule,
    /// SGD or Adam, with or without classifier and peer normalization, either initialization, 1..3 run depths of 1..4,
    /// one of <see cref="Schedules"/>.</summary>
    private static Gen<(Recipe Recipe, int[] Depths, long[] Seeds)> Cases() =>
        from pezeshki in Gen.Elements(false, true)
        from classifier in Gen.Elements(false, true)
        from peer in Gen.Elements(0.0, 0.03)
        from init in Gen.Elements(InitKind.Normal, InitKind.TorchDefault)
        from width in Gen.Choose(4, 12)
        from epochs in Gen.Choose(1, 3)
        from batch in Gen.Elements(20, 40)
        from depths in Gen.Shuffle(new[] { 1, 2, 3, 4 }).SelectMany(d => Gen.Choose(2, 3).Select(n => d.Take(n).Order().ToArray()))
        from seeds in Gen.Choose(1, 3).SelectMany(n => Gen.Choose(0, 1000).ArrayOf(n)).Select(s => s.Distinct().Select(x => (long)x).ToArray())
        from schedule in Gen.Elements(Schedules)
        let basis = pezeshki ? RecipePresets.Pezeshki with { Schedule = Schedule.Simultaneous, Lr = 0.01 } : RecipePresets.Paper
        select (basis with
        {
            Depth = depths[^1],
            Width = width,
            Epochs = epochs,
            BatchSize = batch,
            Classifier = classifier,
            PeerNormWeight = peer,
            Init = init,
            EvalTrain = true,
            EvalEvery = 1,
            ClassifierLr = 0.01,
            EvalSchedule = schedule,
        }, depths, seeds);

    [Fact]
    public void A_nested_network_gives_every_depths_runs_bit_for_bit_as_separate_networks()
    {
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var nested = Train(c.Recipe, c.Seeds, c.Depths);
            var props = new List<Property>();
            for (var d = 0; d < c.Depths.Count(); d++)
            {
                var separate = Train(c.Recipe with { Depth = c.Depths[d] }, c.Seeds);
                for (var k = 0; k < c.Seeds.Length; k++)
                {
                    var run = nested[d * c.Seeds.Length + k];
                    var label = $"depth {c.Depths[d]} of [{string.Join(",", c.Depths)}], seed {c.Seeds[k]}, {c.Recipe.Optimizer}, classifier {c.Recipe.Classifier}, width {c.Recipe.Width}, eval_schedule {c.Recipe.EvalSchedule}";
                    props.Add((run.Seed == c.Seeds[k] && Bits(run).SequenceEqual(Bits(separate[k]))).Label(label));
                }
            }
            return props.Aggregate((a, b) => a.And(b)).Classify(c.Recipe.Optimizer == OptimizerKind.Adam, "Adam").Classify(c.Recipe.Classifier, "classifier")
                .Collect(c.Recipe.EvalSchedule);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(12));
    }

    [Fact]
    public void A_nested_network_evaluated_after_every_step_gives_every_depths_runs_bit_for_bit_as_separate_networks()
    {
        // Every step is a point: each depth's curve and running training accuracy hold one entry per step (train and
        // test split), the running accuracy of depth L being that of its layers 1..L over a one-step window.
        var recipe = RecipePresets.Paper with
        {
            Depth = 3,
            Width = 8,
            Epochs = 2,
            BatchSize = 20,
            EvalTrain = true,
            EvalSchedule = "every_steps:1",
        };
        long[] seeds = [5, 9];
        var nested = Train(recipe, seeds, [1, 2, 3]);
        for (var d = 1; d <= 3; d++)
        {
            var separate = Train(recipe with { Depth = d }, seeds);
            for (var k = 0; k < 2; k++)
            {
                var run = nested[(d - 1) * 2 + k];
                Assert.Equal(12, run.RunningAccuracy.Count);   // 120 images in batches of 20, 2 epochs
                Assert.Equal(2 * 13, run.Curves.Count);
                Assert.All(run.RunningAccuracy, a => Assert.Equal(d, a.Layers.Count));
                Assert.Equal(Bits(separate[k]), Bits(run));
            }
        }
    }

    [Theory]
    [InlineData("log:10@2000,epochs:20")]
    [InlineData("every_steps:1")]
    public void A_run_that_diverges_in_a_nested_network_diverges_at_the_same_epoch_as_alone(string schedule)
    {
        // lr 1e12 makes every run's loss non-finite within a few epochs; each depth's divergence epoch and kept curve
        // (points inside the epoch it diverged in dropped with it) must be those of its separate network, although the
        // sums that detect it differ per depth.
        var recipe = RecipePresets.Paper with { Depth = 3, Width = 8, Epochs = 4, BatchSize = 20, Lr = 1e12, LrCooldown = false, EvalSchedule = schedule };
        var nested = Train(recipe, [1, 2], [1, 2, 3]);
        Assert.Contains(nested, r => r.Status == RunStatus.Diverged);
        for (var d = 1; d <= 3; d++)
        {
            var separate = Train(recipe with { Depth = d }, [1, 2]);
            for (var k = 0; k < 2; k++) Assert.Equal(Bits(separate[k]), Bits(nested[(d - 1) * 2 + k]));
        }
    }

    [Theory]
    [InlineData(Schedule.Greedy, "greedy")]
    [InlineData(Schedule.Interleaved, "interleaved")]
    public void Schedules_whose_training_depends_on_the_depth_are_refused_with_the_reason(Schedule schedule, string name)
    {
        var recipe = RecipePresets.Pezeshki with { Depth = 2, Width = 8, Epochs = 2, Schedule = schedule };
        Assert.NotNull(NestedDepths.Problem(recipe));
        var e = Assert.Throws<ArgumentException>(() => Train(recipe, [1], [1, 2]));
        Assert.Contains(name, e.Message);
        Assert.Contains("nested", e.Message);
    }

    [Fact]
    public void Run_depths_must_end_at_the_trained_depth_and_ascend()
    {
        var recipe = RecipePresets.Paper with { Depth = 3, Width = 8, Epochs = 1, BatchSize = 20 };
        Assert.Throws<ArgumentException>(() => Train(recipe, [1], [1, 2]));
        Assert.Throws<ArgumentException>(() => Train(recipe, [1], [2, 1, 3]));
        Assert.Throws<ArgumentException>(() => Train(recipe, [1], [0, 3]));
    }
}
