using FFRepro.Harness.Results;
using FFRepro.Specs.Support;
using FFRepro.Stats.Data;
using Xunit;

namespace FFRepro.Specs.Harness.Results;

public sealed class StatsInputsSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Merged_results_reach_the_stats_library_unchanged()
    {
        var layout = new ResultsLayout(_temp.Path, "small");
        var plan = FakeRuns.Plan();
        await FakeRuns.RunAsync(layout, plan);
        await Merger.MergeAsync(layout);
        var (runs, curves) = await StatsInputs.ReadAsync(layout);
        var records = await MergedResults.ReadRunsAsync(layout);
        var points = await MergedResults.ReadCurvesAsync(layout);
        Assert.Equal(plan.Count, runs.Count);
        Assert.Equal(points.Count, curves.Count);
        Assert.Equal(records.Select(r => (r.RunId, r.Depth, r.Width, r.Epochs, r.StepsPerEpoch, r.Seed, r.Status)),
            runs.Select(r => (r.RunId, r.Depth, r.Width, r.Epochs, r.StepsPerEpoch, r.Seed, r.Status)));
        Assert.Equal(points.Select(p => (p.RunId, p.Step, p.Layer, p.Metric, p.Split, p.Value)),
            curves.Select(p => (p.RunId, p.Step, p.Layer, p.Metric, p.Split, p.Value)));
        Assert.Contains(runs, r => r.Status == RunStatus.Diverged);
    }
}
