using FFRepro.Harness.Cli;
using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Harness.Running;

/// <summary><c>grid run --stop-after</c>: no batch starts after the deadline, the batch in progress is kept, and running
/// again finishes the grid with the same data as one uninterrupted run.</summary>
public sealed class StopAfterSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private readonly RunPlan _plan = FakeRuns.Plan();

    private ResultsLayout Layout(string root) => new(Path.Combine(_temp.Path, root), "small");

    [Fact]
    public async Task A_passed_deadline_starts_nothing_and_reports_every_run_as_left()
    {
        var trainer = new FakeTrainer();
        var summary = await FakeRuns.RunAsync(Layout("zero"), _plan, trainer, startBefore: TimeSpan.Zero);
        Assert.True(summary.StoppedEarly);
        Assert.False(summary.Cancelled);
        Assert.Equal(0, trainer.BatchesTrained);
        Assert.Equal(_plan.Count, summary.Left);
    }

    [Fact]
    public async Task The_batch_in_progress_finishes_and_a_second_invocation_completes_the_grid_as_if_uninterrupted()
    {
        var whole = Layout("whole");
        await FakeRuns.RunAsync(whole, _plan);

        var split = Layout("split");
        var first = new FakeTrainer { Delay = TimeSpan.FromSeconds(4) };
        // The deadline passes during the first batch: that batch is stored, no other starts. The margins are seconds
        // because on a loaded machine getting to the first batch alone took more than 50 ms.
        var summary = await FakeRuns.RunAsync(split, _plan, first, startBefore: TimeSpan.FromSeconds(2));
        Assert.True(summary.StoppedEarly);
        Assert.Equal(1, first.BatchesTrained);
        Assert.Equal(_plan.Batches[0].Runs.Count, Directory.GetFiles(split.RunsFolder, "*.parquet").Length);
        Assert.Equal(_plan.Count - _plan.Batches[0].Runs.Count, summary.Left);

        var second = await FakeRuns.RunAsync(split, _plan, startBefore: TimeSpan.FromHours(1));
        Assert.False(second.StoppedEarly);
        Assert.Equal(0, second.Left);

        var a = await FakeRuns.MergedAsync(whole);
        var b = await FakeRuns.MergedAsync(split);
        Assert.Equal(a.Runs, b.Runs);
        Assert.Equal(a.Curves, b.Curves);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("NaN")]
    [InlineData("soon")]
    public void A_bad_deadline_exits_2_and_writes_nothing(string value)
    {
        var results = Path.Combine(_temp.Path, "bad");
        Assert.Equal(ExitCodes.BadInput, CliConsole.Run(["grid", "run", "smoke", "--stop-after", value, "--results", results]).ExitCode);
        Assert.False(Directory.Exists(results));
    }
}
