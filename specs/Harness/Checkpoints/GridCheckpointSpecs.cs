using FFRepro.Harness.Binding;
using FFRepro.Harness.Design;
using FFRepro.Harness.Planning;
using FFRepro.Harness.Provenance;
using FFRepro.Harness.Results;
using FFRepro.Harness.Running;
using FFRepro.Model.Training;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Harness.Checkpoints;

/// <summary>
/// A grid killed inside a training unit resumes it from its checkpoint and stores exactly what an uninterrupted grid
/// stores; checkpoints are removed once the unit's runs are written; a damaged or foreign checkpoint is reported, moved
/// to quarantine and the unit restarts from epoch 0, with the same result. The grid evaluates every 4th step of its 10
/// steps per epoch: points inside epochs, and the end of epoch 1 lies between two points, so the checkpoint taken
/// there carries running training accuracy not yet in any row.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class GridCheckpointSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string Grid = """
        {"name":"ck","dataset":"mnist10k","recipe":"paper","device":"cpu",
         "overrides":{"epochs":3,"width":8,"eval_samples":60,"batch_size":800,"eval_schedule":"every_steps:4"},
         "treatments":{"depth":[1,2],"lr":[0.001,0.002]},"seeds":2}
        """;

    private static readonly RunPlan Plan = Planner.Expand(GridSpecLoader.Parse(Grid, "ck.json", TorchModelCatalog.Instance), TorchModelCatalog.Instance);
    private static readonly TorchCellTrainer Trainer = new("paper", "mnist10k", "cpu");

    private ResultsLayout Layout(string root) => new(Path.Combine(_temp.Path, root), "ck");

    /// <summary>Records like <see cref="NullObserver"/> and stops the grid, as a kill would, after the given epoch of the given unit.</summary>
    private sealed class Killer(int unit, int epoch, CancellationTokenSource cts) : IRunObserver
    {
        public readonly NullObserver Inner = new();
        public void Started(int planned, int complete, int toRun) { }
        public void Problem(string message) => Inner.Problem(message);
        public void BatchStarted(TrainingUnit u, int runs) { }
        public void Resumed(TrainingUnit u, int e) => Inner.Resumed(u, e);
        public void Epoch(TrainingUnit u, TrainProgress p)
        {
            if (u.Index == unit && p.Epoch == epoch) cts.Cancel();
        }
        public void BatchFinished(TrainingUnit u, IReadOnlyList<RunRecord> written, double seconds) { }
    }

    private static async Task<RunSummary> Run(ResultsLayout layout, IRunObserver observer, CancellationToken ct = default) =>
        await new GridRunner(layout, Trainer, RunEnvironment.Fixed, observer).RunAsync(Plan, Shard.All, ct: ct);

    private static async Task<(List<RunRecord> Runs, List<string> Curves)> Merged(ResultsLayout layout)
    {
        var (runs, curves) = await FakeRuns.MergedAsync(layout);
        return (runs.Select(r => r with { WallSeconds = 0 }).ToList(),
            curves.Select(c => $"{c.RunId}|{c.Step}|{c.Layer}|{c.Metric}|{c.Split}|{BitConverter.DoubleToInt64Bits(c.Value)}").ToList());
    }

    // The uninterrupted grid, trained once per test run (every case compares with it).
    private static readonly Lazy<Task<(List<RunRecord> Runs, List<string> Curves)>> Whole = new(async () =>
    {
        var root = Directory.CreateTempSubdirectory("ffrepro-ck-whole-").FullName;
        try
        {
            var whole = new ResultsLayout(root, "ck");
            await Run(whole, new NullObserver());
            return await Merged(whole);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    });

    private static Task<(List<RunRecord> Runs, List<string> Curves)> Uninterrupted() => Whole.Value;

    /// <summary>Kills the grid after <paramref name="epoch"/> of unit 1 and returns the checkpoint left behind.</summary>
    private static async Task<string> KillAfter(ResultsLayout layout, int epoch)
    {
        using var cts = new CancellationTokenSource();
        var summary = await Run(layout, new Killer(1, epoch, cts), cts.Token);
        Assert.True(summary.Cancelled);
        return Assert.Single(Directory.GetFiles(layout.CheckpointsFolder, "*.ckpt"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_killed_unit_resumes_from_its_checkpoint_and_ends_as_if_uninterrupted(int epoch)
    {
        Assert.True(Plan.Nested);
        var expected = await Uninterrupted();
        var layout = Layout($"killed{epoch}");
        await KillAfter(layout, epoch);
        var observer = new NullObserver();
        var summary = await Run(layout, observer);
        Assert.Equal([(1, epoch)], observer.Resumptions);
        Assert.Equal(epoch, summary.ResumedEpochs);
        Assert.Empty(observer.Problems);
        Assert.Empty(Directory.GetFiles(layout.CheckpointsFolder));
        var actual = await Merged(layout);
        Assert.Equal(expected.Runs, actual.Runs);
        Assert.Equal(expected.Curves, actual.Curves);
    }

    [Fact]
    public async Task A_unit_killed_while_writing_its_runs_resumes_whole_from_its_checkpoint_and_writes_the_rest()
    {
        var expected = await Uninterrupted();
        var layout = Layout("mid-write");
        await KillAfter(layout, 2);
        // As if the kill came after the depth-1 run files were written: they are stored, the unit's checkpoint is left.
        var whole = Layout("whole-copy");
        await Run(whole, new NullObserver());
        foreach (var run in Plan.Units[1].Batches[0].Runs)
            File.Copy(whole.RunFile(run.RunId), layout.RunFile(run.RunId));
        var observer = new NullObserver();
        await Run(layout, observer);
        Assert.Equal([(1, 2)], observer.Resumptions);
        Assert.Empty(observer.Problems);
        Assert.Empty(Directory.GetFiles(layout.CheckpointsFolder));
        var actual = await Merged(layout);
        Assert.Equal(expected.Runs, actual.Runs);
        Assert.Equal(expected.Curves, actual.Curves);
    }

    [Fact]
    public async Task Checkpoints_of_stored_units_are_deleted_and_strangers_quarantined()
    {
        var layout = Layout("tidy");
        var path = await KillAfter(layout, 1);
        await Run(layout, new NullObserver());   // completes unit 1; its checkpoint goes
        File.WriteAllBytes(path, [1, 2, 3]);      // as if left by a kill after the last run file
        var stranger = layout.CheckpointFile("0123456789abcdef");
        File.WriteAllBytes(stranger, [4, 5, 6]);
        var observer = new NullObserver();
        await Run(layout, observer);
        Assert.Empty(Directory.GetFiles(layout.CheckpointsFolder));
        Assert.Contains("0123456789abcdef.ckpt: belongs to no training unit", Assert.Single(observer.Problems));
        Assert.Single(Directory.GetFiles(layout.QuarantineFolder, "0123456789abcdef.ckpt.*.bad"));
    }

    [Theory]
    [InlineData("truncated", "truncated")]
    [InlineData("flipped", "SHA-256")]
    [InlineData("zero-length", "truncated")]
    [InlineData("foreign", "another training")]
    public async Task A_damaged_or_foreign_checkpoint_is_quarantined_and_the_unit_restarts(string damage, string reason)
    {
        var expected = await Uninterrupted();
        var layout = Layout(damage);
        var path = await KillAfter(layout, 2);
        var bytes = await File.ReadAllBytesAsync(path);
        switch (damage)
        {
            case "truncated": await File.WriteAllBytesAsync(path, bytes[..(bytes.Length * 2 / 3)]); break;
            case "flipped": bytes[bytes.Length / 2] ^= 0x01; await File.WriteAllBytesAsync(path, bytes); break;
            case "zero-length": await File.WriteAllBytesAsync(path, []); break;
            default:
                // Unit 0's checkpoint under unit 1's name: a valid checkpoint of another training.
                var other = Layout("other");
                using (var cts = new CancellationTokenSource())
                    await Run(other, new Killer(0, 2, cts), cts.Token);
                File.Copy(Assert.Single(Directory.GetFiles(other.CheckpointsFolder, "*.ckpt")), path, overwrite: true);
                break;
        }
        var observer = new NullObserver();
        var summary = await Run(layout, observer);
        Assert.False(summary.Cancelled);
        Assert.Contains(reason, Assert.Single(observer.Problems));
        Assert.Empty(observer.Resumptions);
        Assert.Single(Directory.GetFiles(layout.QuarantineFolder, "*.ckpt.*.bad"));
        Assert.Empty(Directory.GetFiles(layout.CheckpointsFolder));
        var actual = await Merged(layout);
        Assert.Equal(expected.Runs, actual.Runs);
        Assert.Equal(expected.Curves, actual.Curves);
    }
}
