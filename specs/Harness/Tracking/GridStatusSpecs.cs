using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;
using FFRepro.Harness.Tracking;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Harness.Tracking;

public sealed class GridStatusSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Status_counts_each_shard_and_adds_up()
    {
        var plan = FakeRuns.Plan();
        var layout = new ResultsLayout(_temp.Path, "small");
        await FakeRuns.RunAsync(layout, plan, new FakeTrainer { FailCell = "depth=2,width=8" }, new Shard(1, 2));
        var scan = await ResultScan.ReadAsync(layout, plan.Runs.Select(r => r.RunId).ToHashSet(), withCurves: false);
        var status = GridStatus.Compute(plan, scan, 2);

        var first = status.Shards[0];
        var second = status.Shards[1];
        Assert.Equal(plan.Count, first.Planned + second.Planned);
        Assert.Equal(first.Planned, first.Done + first.Diverged + first.Remaining);
        Assert.True(first.Failed > 0);
        Assert.Equal(first.Failed, first.Remaining);
        Assert.Equal(second.Planned, second.Remaining);
        Assert.Equal(0, second.Done);
        Assert.True(first.Diverged > 0);
        Assert.True(second.EtaSeconds > 0);
        Assert.Equal(status.Total.Remaining, first.Remaining + second.Remaining);
    }

    [Fact]
    public async Task The_eta_is_the_measured_time_per_run_of_each_cell_times_the_runs_left()
    {
        var plan = FakeRuns.Plan();
        var layout = new ResultsLayout(_temp.Path, "small");
        await FakeRuns.RunAsync(layout, plan, shard: new Shard(1, 2));
        var scan = await ResultScan.ReadAsync(layout, null, withCurves: false);
        var second = GridStatus.Compute(plan, scan, 2).Shards[1];
        Assert.Equal(1.5 * second.Remaining, second.EtaSeconds!.Value, 1e-9);
    }

    [Fact]
    public async Task A_nested_unit_costs_its_deepest_network_and_the_unnested_estimate_every_depth()
    {
        // The fake reports 1.5 s per run. Nested, a unit's runs share one network: 1.5 s x 2 depths per seed for the
        // depth-2 network. Measured depth-2 cells price each remaining unit at 3 s per seed; without nesting the
        // depth-1 batch would cost its own (model-predicted) time on top.
        var plan = Planner.Expand(Specs.Parse(Specs.Small), new FakeCatalog { Nestable = true });
        var layout = new ResultsLayout(_temp.Path, "small");
        await FakeRuns.RunAsync(layout, plan, shard: new Shard(1, 2));
        var scan = await ResultScan.ReadAsync(layout, null, withCurves: false);
        var status = GridStatus.Compute(plan, scan, 2);
        var second = status.Shards[1];
        var seedsLeft = plan.ForShard(new Shard(2, 2)).Units.Sum(u => u.Deepest.Runs.Count);
        Assert.Equal(plan.ForShard(new Shard(2, 2)).Units.Count, second.UnitsLeft);
        Assert.Equal(3.0 * seedsLeft, second.EtaSeconds!.Value, 1e-9);
        Assert.True(second.EtaUnnestedSeconds > second.EtaSeconds);
    }

    [Fact]
    public async Task Without_finished_runs_the_eta_is_unknown()
    {
        var plan = FakeRuns.Plan();
        var scan = await ResultScan.ReadAsync(new ResultsLayout(_temp.Path, "small"), null, withCurves: false);
        Assert.Null(GridStatus.Compute(plan, scan, 1).Total.EtaSeconds);
    }

    [Fact]
    public async Task An_estimate_names_the_machines_its_times_were_measured_on_most_runs_first()
    {
        var plan = FakeRuns.Plan();
        var layout = new ResultsLayout(_temp.Path, "small");
        await FakeRuns.RunAsync(layout, plan, shard: new Shard(1, 2));
        var scan = await ResultScan.ReadAsync(layout, null, withCurves: false);
        var mine = scan.Runs.Count;
        Assert.Equal(["CPU cpu, 1 threads"], GridStatus.Compute(plan, scan, 1).TimesFrom);

        var borrowed = Enumerable.Repeat(new CostObservation(10, 8, 2, 4.0, "NVIDIA H100 80GB HBM3"), mine + 1).ToList();
        Assert.Equal(["NVIDIA H100 80GB HBM3", "CPU cpu, 1 threads"], GridStatus.Compute(plan, scan, 1, borrowed).TimesFrom);
    }

    [Fact]
    public async Task Without_measurements_no_machine_is_named()
    {
        var plan = FakeRuns.Plan();
        var scan = await ResultScan.ReadAsync(new ResultsLayout(_temp.Path, "small"), null, withCurves: false);
        Assert.Empty(GridStatus.Compute(plan, scan, 1).TimesFrom!);
    }

    [Theory]
    [InlineData("NVIDIA H100 80GB HBM3", "AMD EPYC", "1", "NVIDIA H100 80GB HBM3")]
    [InlineData("", "AMD EPYC 9V74 80-Core Processor", "2", "CPU AMD EPYC 9V74 80-Core Processor, 2 threads")]
    [InlineData(null, null, null, CostObservation.UnknownMachine)]
    public void The_machine_of_a_run_is_its_GPU_else_its_CPU_and_threads(string? gpu, string? cpu, string? threads, string expected)
    {
        var metadata = new Dictionary<string, string>();
        if (gpu is not null) metadata["ffrepro.env.gpu"] = gpu;
        if (cpu is not null) metadata["ffrepro.env.cpu"] = cpu;
        if (threads is not null) metadata["ffrepro.env.threads"] = threads;
        Assert.Equal(expected, CostObservation.MachineOf(metadata));
    }
}
