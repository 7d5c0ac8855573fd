using FFRepro.Harness.Planning;
using FFRepro.Harness.Provenance;
using FFRepro.Harness.Results;
using FFRepro.Harness.Running;

namespace FFRepro.Specs.Harness;

/// <summary>Runs plans the way <c>grid run</c> does, with a fixed environment and no progress output.</summary>
public static class FakeRuns
{
    /// <summary>The plan of <see cref="Specs.Small"/> (or of <paramref name="json"/>) with the fake catalog.</summary>
    public static RunPlan Plan(string json = Specs.Small) => Planner.Expand(Specs.Parse(json), new FakeCatalog());

    /// <summary>Runs <paramref name="shard"/> (default all) of <paramref name="plan"/> into <paramref name="layout"/>
    /// with <paramref name="trainer"/> (default a <see cref="FakeTrainer"/>).</summary>
    public static Task<RunSummary> RunAsync(ResultsLayout layout, RunPlan plan, ICellTrainer? trainer = null, Shard? shard = null,
        IRunObserver? observer = null, TimeSpan? startBefore = null, IReadOnlyList<ReuseSource>? reuse = null) =>
        new GridRunner(layout, trainer ?? new FakeTrainer(), RunEnvironment.Fixed, observer ?? new NullObserver())
            .RunAsync(plan, shard ?? Shard.All, startBefore: startBefore, reuse: reuse);

    /// <summary>Merges <paramref name="layout"/> and reads it back with the timestamps cleared (they legitimately
    /// differ between two executions; everything else must not).</summary>
    public static async Task<(List<RunRecord> Runs, IReadOnlyList<CurveRecord> Curves)> MergedAsync(ResultsLayout layout)
    {
        await Merger.MergeAsync(layout);
        var runs = (await MergedResults.ReadRunsAsync(layout)).Select(r => r with { StartedUtc = default, FinishedUtc = default }).ToList();
        return (runs, await MergedResults.ReadCurvesAsync(layout));
    }
}
