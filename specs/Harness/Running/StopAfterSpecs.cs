using FFRepro.Harness.Cli;
using FFRepro.Harness.Planning;
using FFRepro.Harness.Provenance;
using FFRepro.Harness.Results;
using FFRepro.Harness.Running;
using FFRepro.Model.Metrics;
using Xunit;

namespace FFRepro.Specs.Harness.Running;

/// <summary><c>grid run --stop-after</c>: no batch starts after the deadline, the batch in progress is kept, and running
/// again finishes the grid with the same data as one uninterrupted run.</summary>
public sealed class StopAfterSpecs : IDisposable
{
    private readonly HarnessTemp _temp = new();

    public void Dispose() => _temp.Dispose();

    private readonly RunPlan _plan = Planner.Expand(Specs.Parse(Specs.Small), new FakeCatalog());

    private ResultsLayout Layout(string root) => new(Path.Combine(_temp.Root, root), "small");

    /// <summary>The fake trainer, taking <see cref="Delay"/> per batch.</summary>
    private sealed class Slow(FakeTrainer inner, TimeSpan delay) : ICellTrainer
    {
        public string Device => inner.Device;
        public TorchFacts Facts => inner.Facts;
        public TimeSpan Delay => delay;

        public IReadOnlyList<RunResult> Train(RunBatch batch, Action<int, int>? epochDone, CancellationToken ct)
        {
            Thread.Sleep(delay);
            return inner.Train(batch, epochDone, ct);
        }
    }

    [Fact]
    public async Task A_passed_deadline_starts_nothing_and_reports_every_run_as_left()
    {
        var trainer = new FakeTrainer();
        var summary = await new GridRunner(Layout("zero"), trainer, RunEnvironment.Fixed, new NullObserver()).RunAsync(_plan, Shard.All, startBefore: TimeSpan.Zero);
        Assert.True(summary.StoppedEarly);
        Assert.False(summary.Cancelled);
        Assert.Equal(0, trainer.BatchesTrained);
        Assert.Equal(_plan.Count, summary.Left);
    }

    [Fact]
    public async Task The_batch_in_progress_finishes_and_a_second_invocation_completes_the_grid_as_if_uninterrupted()
    {
        var whole = Layout("whole");
        await new GridRunner(whole, new FakeTrainer(), RunEnvironment.Fixed, new NullObserver()).RunAsync(_plan, Shard.All);

        var split = Layout("split");
        var first = new FakeTrainer();
        // The deadline passes during the first batch: that batch is stored, no other starts.
        var summary = await new GridRunner(split, new Slow(first, TimeSpan.FromMilliseconds(200)), RunEnvironment.Fixed, new NullObserver())
            .RunAsync(_plan, Shard.All, startBefore: TimeSpan.FromMilliseconds(50));
        Assert.True(summary.StoppedEarly);
        Assert.Equal(1, first.BatchesTrained);
        Assert.Equal(_plan.Batches[0].Runs.Count, Directory.GetFiles(split.RunsFolder, "*.parquet").Length);
        Assert.Equal(_plan.Count - _plan.Batches[0].Runs.Count, summary.Left);

        var second = await new GridRunner(split, new FakeTrainer(), RunEnvironment.Fixed, new NullObserver()).RunAsync(_plan, Shard.All, startBefore: TimeSpan.FromHours(1));
        Assert.False(second.StoppedEarly);
        Assert.Equal(0, second.Left);

        await Merger.MergeAsync(whole);
        await Merger.MergeAsync(split);
        var a = (await MergedResults.ReadRunsAsync(whole)).Select(r => r with { StartedUtc = default, FinishedUtc = default, WallSeconds = 0 });
        var b = (await MergedResults.ReadRunsAsync(split)).Select(r => r with { StartedUtc = default, FinishedUtc = default, WallSeconds = 0 });
        Assert.Equal(a, b);
        Assert.Equal(await MergedResults.ReadCurvesAsync(whole), await MergedResults.ReadCurvesAsync(split));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("NaN")]
    [InlineData("soon")]
    public void A_bad_deadline_exits_2_and_writes_nothing(string value)
    {
        var results = Path.Combine(_temp.Root, "bad");
        Assert.Equal(ExitCodes.BadInput, CliApp.Run(["grid", "run", "smoke", "--stop-after", value, "--results", results]));
        Assert.False(Directory.Exists(results));
    }
}
