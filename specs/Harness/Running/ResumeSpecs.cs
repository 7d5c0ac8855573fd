using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;
using FFRepro.Specs.Support;
using FFRepro.Stats.Data;
using Xunit;

namespace FFRepro.Specs.Harness.Running;

public sealed class ResumeSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private readonly RunPlan _plan = FakeRuns.Plan();

    private ResultsLayout Layout(string root) => new(Path.Combine(_temp.Path, root), "small");

    [Fact]
    public async Task Resume_after_an_interruption_reproduces_the_uninterrupted_result()
    {
        var whole = Layout("whole");
        await FakeRuns.RunAsync(whole, _plan, new FakeTrainer());

        var resumed = Layout("resumed");
        var first = await FakeRuns.RunAsync(resumed, _plan, new FakeTrainer { InterruptAfterBatches = 4 });
        Assert.True(first.Cancelled);
        Assert.Empty(Directory.GetFiles(resumed.RunsFolder, "*.tmp"));
        // A batch whose runs were partly lost (e.g. a file deleted by hand) is retrained whole, only the gap written.
        File.Delete(resumed.RunFile(_plan.Batches[1].Runs[1].RunId));
        var second = await FakeRuns.RunAsync(resumed, _plan, new FakeTrainer());
        Assert.False(second.Cancelled);
        Assert.Equal(_plan.Count, second.Skipped + second.Ok + second.Diverged);

        var a = await FakeRuns.MergedAsync(whole);
        var b = await FakeRuns.MergedAsync(resumed);
        Assert.Equal(_plan.Count, a.Runs.Count);
        Assert.Equal(a.Runs, b.Runs);
        Assert.Equal(a.Curves, b.Curves);
    }

    [Fact]
    public async Task A_complete_grid_trains_nothing_on_a_second_run()
    {
        var layout = Layout("again");
        await FakeRuns.RunAsync(layout, _plan, new FakeTrainer());
        var trainer = new FakeTrainer();
        var summary = await FakeRuns.RunAsync(layout, _plan, trainer);
        Assert.Equal(0, trainer.BatchesTrained);
        Assert.Equal(_plan.Count, summary.Skipped);
    }

    [Fact]
    public async Task Shards_run_separately_produce_the_same_data_as_one_run()
    {
        var whole = Layout("one");
        await FakeRuns.RunAsync(whole, _plan, new FakeTrainer());
        var sharded = Layout("sharded");
        await Task.WhenAll(Enumerable.Range(1, 3).Select(i => Task.Run(() => FakeRuns.RunAsync(sharded, _plan, new FakeTrainer(), new Shard(i, 3)))));
        Assert.Equal((await FakeRuns.MergedAsync(whole)).Curves, (await FakeRuns.MergedAsync(sharded)).Curves);
    }

    [Fact]
    public async Task Failed_runs_are_stored_counted_and_retried()
    {
        var layout = Layout("failing");
        var summary = await FakeRuns.RunAsync(layout, _plan, new FakeTrainer { FailCell = "depth=1,width=16" });
        Assert.Equal(8, summary.Failed);
        var failedFile = await RunFiles.ReadAsync(layout.RunFile(_plan.Runs.First(r => r.Cell.Label == "depth=1,width=16").RunId), "small");
        Assert.Equal(RunStatus.Failed, failedFile.Run!.Status);
        Assert.Contains("injected failure", failedFile.Run.Error);
        var retry = await FakeRuns.RunAsync(layout, _plan, new FakeTrainer());
        Assert.Equal(8, retry.Ok + retry.Diverged);
    }

    [Fact]
    public async Task Bad_files_are_moved_aside_and_rerun()
    {
        var layout = Layout("bad");
        await FakeRuns.RunAsync(layout, _plan, new FakeTrainer());
        var victim = layout.RunFile(_plan.Runs.ElementAt(5).RunId);
        await File.WriteAllBytesAsync(victim, [1, 2, 3]);
        var observer = new NullObserver();
        var summary = await FakeRuns.RunAsync(layout, _plan, new FakeTrainer(), observer: observer);
        Assert.Single(observer.Problems);
        Assert.Equal(1, summary.Ok + summary.Diverged);
        Assert.Single(Directory.GetFiles(layout.QuarantineFolder));
        Assert.Null((await RunFiles.ReadAsync(victim, "small")).Problem);
    }
}
