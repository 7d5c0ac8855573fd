using FFRepro.Harness.Binding;
using FFRepro.Harness.Design;
using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;
using FFRepro.Specs.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace FFRepro.Specs.Harness.Running;

/// <summary>
/// A grid trained nested stores the same runs as one trained depth by depth: the same ids, curves and records (timing
/// aside), each nested run file marked with how it was trained.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class NestedRunSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly FakeCatalog Nestable = new() { Nestable = true };

    private ResultsLayout Layout(string root, string grid = "small") => new(Path.Combine(_temp.Path, root), grid);

    private static async Task<string?> Note(ResultsLayout layout, string runId) =>
        (await RunFiles.ReadAsync(layout.RunFile(runId), layout.Grid)).Metadata.GetValueOrDefault(ResultSchema.TrainedKey);

    [Fact]
    public async Task Nested_runs_are_stored_as_their_own_runs_with_a_provenance_note()
    {
        var spec = Specs.Parse(Specs.Small);
        var nested = Planner.Expand(spec, Nestable);
        var separate = Planner.Expand(spec, Nestable, nest: false);
        var a = Layout("nested");
        var b = Layout("separate");
        var trainer = new FakeTrainer();
        await FakeRuns.RunAsync(a, nested, trainer);
        Assert.Equal(nested.Batches.Count, trainer.BatchesTrained);
        await FakeRuns.RunAsync(b, separate);
        var ma = await FakeRuns.MergedAsync(a);
        var mb = await FakeRuns.MergedAsync(b);
        Assert.Equal(mb.Runs, ma.Runs);
        Assert.Equal(mb.Curves, ma.Curves);
        var run = nested.Runs.First();
        Assert.Equal("nested: depths 1,2 in one network of depth 2", await Note(a, run.RunId));
        Assert.Null(await Note(b, run.RunId));
    }

    [Fact]
    public async Task A_failure_fails_every_run_of_the_unit_and_the_next_run_retries_them()
    {
        var plan = Planner.Expand(Specs.Parse(Specs.Small), Nestable);
        var layout = Layout("failing");
        var summary = await FakeRuns.RunAsync(layout, plan, new FakeTrainer { FailCell = "depth=2,width=16" });
        Assert.Equal(16, summary.Failed);   // 8 seeds at depths 1 and 2: trained together, failed together
        var retry = await FakeRuns.RunAsync(layout, plan, new FakeTrainer());
        Assert.Equal(16, retry.Ok + retry.Diverged);
    }

    [Fact]
    public async Task A_unit_missing_one_depth_trains_only_that_depths_batch()
    {
        var plan = Planner.Expand(Specs.Parse(Specs.Small), Nestable);
        var layout = Layout("partial");
        await FakeRuns.RunAsync(layout, plan);
        var victim = plan.Units[0].Batches[0].Runs[1];   // depth 1
        File.Delete(layout.RunFile(victim.RunId));
        var trainer = new FakeTrainer();
        var summary = await FakeRuns.RunAsync(layout, plan, trainer);
        Assert.Equal(1, trainer.BatchesTrained);
        Assert.Equal(1, summary.Ok + summary.Diverged);
        Assert.Null(await Note(layout, victim.RunId));   // trained alone this time
    }

    /// <summary>Random small grids on mnist10k: depths from {1, 2, 3}, one or two widths, 1..3 seeds in batches of 1..3,
    /// 10 steps per epoch evaluated by the paper's schedule (every step of the first epoch here) or every 3rd step.</summary>
    private static Gen<string> SmallGrids() =>
        from depths in Gen.Shuffle(new[] { 1, 2, 3 }).SelectMany(d => Gen.Choose(2, 3).Select(n => d.Take(n).Order().ToArray()))
        from widths in Gen.Elements(new[] { 4 }, new[] { 6, 10 })
        from seeds in Gen.Choose(1, 3)
        from batch in Gen.Choose(1, 3)
        from epochs in Gen.Choose(1, 2)
        from schedule in Gen.Elements("log:10@2000,epochs:20", "every_steps:3")
        select $$"""
            {"name":"g","dataset":"mnist10k","recipe":"paper","device":"cpu",
             "overrides":{"epochs":{{epochs}},"eval_samples":60,"batch_size":800,"eval_schedule":"{{schedule}}"},
             "treatments":{"width":[{{string.Join(",", widths)}}],"depth":[{{string.Join(",", depths)}}]},
             "seeds":{{seeds}},"seed_batch_size":{{batch}}}
            """;

    [Fact]
    public void A_random_small_grid_trained_nested_equals_it_trained_depth_by_depth()
    {
        var catalog = TorchModelCatalog.Instance;
        var trainer = new TorchCellTrainer("paper", "mnist10k", "cpu");
        var n = 0;
        Prop.ForAll(SmallGrids().ToArbitrary(), json =>
        {
            var spec = GridSpecLoader.Parse(json, "g.json", catalog);
            var i = Interlocked.Increment(ref n);
            var nested = Layout($"n{i}", "g");
            var separate = Layout($"s{i}", "g");
            FakeRuns.RunAsync(nested, Planner.Expand(spec, catalog), trainer).GetAwaiter().GetResult();
            FakeRuns.RunAsync(separate, Planner.Expand(spec, catalog, nest: false), trainer).GetAwaiter().GetResult();
            var a = FakeRuns.MergedAsync(nested).GetAwaiter().GetResult();
            var b = FakeRuns.MergedAsync(separate).GetAwaiter().GetResult();
            // Bits: curves compared by value would let -0.0 == 0.0 and NaN != NaN.
            static IEnumerable<string> Bits(IEnumerable<CurveRecord> c) => c.Select(x => $"{x.RunId}|{x.Step}|{x.Layer}|{x.Metric}|{x.Split}|{BitConverter.DoubleToInt64Bits(x.Value)}");
            static RunRecord Untimed(RunRecord r) => r with { WallSeconds = 0 };
            return (a.Runs.Count > 0 && a.Runs.Select(Untimed).SequenceEqual(b.Runs.Select(Untimed))).Label("run records equal apart from timing")
                .And(Bits(a.Curves).SequenceEqual(Bits(b.Curves))).Label($"curves bit-identical ({a.Curves.Count} points)")
                .Classify(json.Contains("[6,10]"), "two widths").Classify(json.Contains("every_steps"), "every 3rd step");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3));
    }
}
