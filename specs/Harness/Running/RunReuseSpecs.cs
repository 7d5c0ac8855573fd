using FFRepro.Harness.Cli;
using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;
using FFRepro.Harness.Running;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Harness.Running;

/// <summary><c>grid run --reuse</c>: runs that are the same computation are copied, everything else is trained, and
/// the grid ends up exactly as if it had been trained whole.</summary>
public sealed class RunReuseSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // "small" (depth 1-2 x width 8-32, 8 seeds in batches of 3) plus width 64: 48 runs shared, 16 new.
    private static string Bigger(int seedBatch = 3) => Specs.Small
        .Replace("\"name\": \"small\"", "\"name\": \"bigger\"")
        .Replace("[8, 16, 32]", "[8, 16, 32, 64]")
        .Replace("\"seed_batch_size\": 3", $"\"seed_batch_size\": {seedBatch}");

    private ResultsLayout Layout(string root, string grid) => new(Path.Combine(_temp.Path, root), grid);

    /// <summary>Copies what <paramref name="source"/> holds into <paramref name="target"/> and trains nothing.</summary>
    private static async Task<ReuseSummary> Adopt(ResultsLayout target, RunPlan plan, RunPlan source, ResultsLayout sourceLayout) =>
        (await FakeRuns.RunAsync(target, plan, startBefore: TimeSpan.Zero, reuse: [new ReuseSource(source, sourceLayout)])).Reused![source.Spec.Name];

    [Fact]
    public async Task Shared_runs_are_copied_the_rest_trained_and_the_grid_equals_one_trained_whole()
    {
        var source = FakeRuns.Plan();
        var target = FakeRuns.Plan(Bigger());
        var small = Layout("r", "small");
        await FakeRuns.RunAsync(small, source);
        var before = Directory.GetFiles(small.RunsFolder).ToDictionary(f => f, File.ReadAllBytes);

        var bigger = Layout("r", "bigger");
        var trainer = new FakeTrainer();
        var summary = await FakeRuns.RunAsync(bigger, target, trainer, reuse: [new ReuseSource(source, small)]);
        Assert.Equal(new ReuseSummary(48, 0, 0), summary.Reused!["small"]);
        Assert.Equal(48, summary.Skipped);
        Assert.Equal(6, trainer.BatchesTrained);   // width 64 at depths 1 and 2: 3 batches each

        var scratch = Layout("scratch", "bigger");
        await FakeRuns.RunAsync(scratch, target);
        var whole = await FakeRuns.MergedAsync(scratch);
        var built = await FakeRuns.MergedAsync(bigger);
        Assert.Equal(whole.Runs, built.Runs);
        Assert.Equal(whole.Curves, built.Curves);

        // The source is untouched; a copy names its source and keeps the training process's provenance.
        Assert.All(before, kv => Assert.Equal(kv.Value, File.ReadAllBytes(kv.Key)));
        var id = source.Runs.First().RunId;
        var copy = await RunFiles.ReadAsync(bigger.RunFile(id), "bigger");
        Assert.Null(copy.Problem);
        Assert.Equal($"small/runs/{id}.parquet", copy.Metadata[ResultSchema.ReusedFromKey]);
        var original = await RunFiles.ReadAsync(small.RunFile(id), "small");
        Assert.All(original.Metadata.Where(kv => kv.Key.StartsWith(ResultSchema.EnvironmentPrefix, StringComparison.Ordinal)),
            kv => Assert.Equal(kv.Value, copy.Metadata[kv.Key]));
    }

    [Fact]
    public async Task Runs_from_other_seed_batches_or_another_device_are_trained_instead()
    {
        var source = FakeRuns.Plan();
        var small = Layout("r", "small");
        await FakeRuns.RunAsync(small, source);
        var otherBatches = await Adopt(Layout("r", "bigger"), FakeRuns.Plan(Bigger(seedBatch: 4)), source, small);
        Assert.Equal(new ReuseSummary(0, 0, 48), otherBatches);

        var gpu = Layout("g", "small");
        await FakeRuns.RunAsync(gpu, source, new FakeTrainer { Device = "cuda" });
        var otherDevice = await Adopt(Layout("g", "bigger"), FakeRuns.Plan(Bigger()), source, gpu);
        Assert.Equal(new ReuseSummary(0, 48, 0), otherDevice);
        Assert.Empty(Directory.GetFiles(Layout("g", "bigger").RunsFolder));
    }

    [Fact]
    public async Task A_corrupt_file_in_the_way_is_moved_to_quarantine_and_replaced_by_the_copy()
    {
        var source = FakeRuns.Plan();
        var small = Layout("q", "small");
        await FakeRuns.RunAsync(small, source);
        var bigger = Layout("q", "bigger");
        var id = source.Runs.First().RunId;
        Directory.CreateDirectory(bigger.RunsFolder);
        await File.WriteAllTextAsync(bigger.RunFile(id), "not parquet");

        var reused = await Adopt(bigger, FakeRuns.Plan(Bigger()), source, small);
        Assert.Equal(48, reused.Adopted);
        Assert.Single(Directory.GetFiles(bigger.QuarantineFolder));
        Assert.Null((await RunFiles.ReadAsync(bigger.RunFile(id), "bigger")).Problem);
    }

    [Theory]
    [InlineData("no-such-grid")]
    [InlineData("smoke")]   // the grid being run
    public void Reusing_a_grid_without_results_or_the_grid_itself_exits_2_and_writes_nothing(string source)
    {
        var results = Path.Combine(_temp.Path, "cli");
        Assert.Equal(ExitCodes.BadInput, CliConsole.Run(["grid", "run", "smoke", "--reuse", source, "--results", results]).ExitCode);
        Assert.False(Directory.Exists(results));
    }
}
