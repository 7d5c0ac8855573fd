using System.Text.Json;
using System.Text.Json.Nodes;
using FFRepro.Harness.Results;
using FFRepro.Harness.Results.Legacy;
using FFRepro.Model.Recipes;
using FFRepro.Specs.Paper;
using FFRepro.Specs.Support;
using FFRepro.Stats.Data;
using Parquet.Serialization;
using Xunit;

namespace FFRepro.Specs.Harness.Results;

/// <summary>Result sets written before evaluation schedules (schema ffrepro-run/1) stay readable, checked and mergeable.</summary>
public sealed class LegacyRunFileSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string[] CommittedV1Files() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Results, "paper-mnist10k", "runs"), "*.parquet").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task A_committed_version_1_file_reads_with_step_equal_to_epoch_times_steps_per_epoch()
    {
        var path = CommittedV1Files()[0];
        Assert.Equal(ResultSchema.RunFileV1, (await Parquet.ParquetReader.CreateAsync(path)).CustomMetadata[ResultSchema.SchemaKey]);
        var check = await RunFiles.ReadAsync(path, "paper-mnist10k");
        Assert.Null(check.Problem);
        Assert.Equal(80, check.Run!.StepsPerEpoch);   // 8,000 mnist10k training images in batches of 100
        Assert.Equal(101 * (5 * check.Run.Depth + 4), check.Curves.Count);
        Assert.All(check.Curves, c =>
        {
            Assert.Equal(c.Epoch * 80, c.Step);
            Assert.Equal(c.Step * 100, c.SamplesSeen);
            Assert.Equal(Math.Round(c.Epoch), c.Epoch);
        });
    }

    [Fact]
    public async Task A_version_1_file_whose_content_changed_fails_its_own_checksum()
    {
        var path = Path.Combine(_temp.Path, "00000000000000aa.parquet");
        await WriteV1Async(path, flipValue: false);
        Assert.Null((await RunFiles.ReadAsync(path, "g")).Problem);
        await WriteV1Async(path, flipValue: true);
        Assert.Contains("checksum", (await RunFiles.ReadAsync(path, "g")).Problem);
    }

    [Fact]
    public async Task A_grid_of_version_1_and_version_2_files_merges_into_current_files()
    {
        var layout = new ResultsLayout(_temp.Path, "paper-mnist10k");
        Directory.CreateDirectory(layout.RunsFolder);
        var old = CommittedV1Files().Take(2).ToArray();
        foreach (var f in old) File.Copy(f, Path.Combine(layout.RunsFolder, Path.GetFileName(f)));
        var first = await RunFiles.ReadAsync(old[0], "paper-mnist10k");
        var fresh = first.Run! with { RunId = "00000000000000ff", StepsPerEpoch = 80 };
        await RunFiles.WriteAsync(layout.RunFile(fresh.RunId), fresh, first.Curves.Select(c => c with { RunId = fresh.RunId }).ToList(),
            new Dictionary<string, string>());

        var summary = await Merger.MergeAsync(layout);
        Assert.Empty(summary.Bad);
        Assert.True(await MergedResults.AreCurrentAsync(layout));
        var runs = await MergedResults.ReadRunsAsync(layout);
        var curves = await MergedResults.ReadCurvesAsync(layout);
        Assert.Equal(3, runs.Count);
        Assert.All(runs, r => Assert.Equal(80, r.StepsPerEpoch));
        Assert.Equal(curves.Where(c => c.RunId == first.Run.RunId).Select(c => (c.Step, c.Metric, c.Value)),
            curves.Where(c => c.RunId == fresh.RunId).Select(c => (c.Step, c.Metric, c.Value)));
    }

    [Fact]
    public async Task Merged_files_of_version_1_are_not_current()
    {
        var layout = new ResultsLayout(_temp.Path, "g");
        Directory.CreateDirectory(layout.GridFolder);
        var meta = new Dictionary<string, string> { [ResultSchema.SchemaKey] = "ffrepro-curves/1", [ResultSchema.GridKey] = "g" };
        await WriteAsync(new[] { new CurveRecordV1() }, layout.CurvesFile, meta);
        await WriteAsync(new[] { new RunRecord() }, layout.RunsFile, new Dictionary<string, string>(meta) { [ResultSchema.SchemaKey] = "ffrepro-runs/1" });
        Assert.False(await MergedResults.AreCurrentAsync(layout));
        var e = await Assert.ThrowsAsync<StorageException>(() => MergedResults.ReadCurvesAsync(layout));
        Assert.Contains("ffrepro merge g", e.Message);
    }

    /// <summary>A version 1 file as FFRepro wrote it: int32 epochs, a run record without steps_per_epoch, its checksum.</summary>
    private static async Task WriteV1Async(string path, bool flipValue)
    {
        var run = new RunRecord
        {
            RunId = Path.GetFileNameWithoutExtension(path), Grid = "g", Dataset = "mnist10k", Recipe = "paper", Status = RunStatus.Ok, Depth = 2,
            Width = 8, Epochs = 3, Seed = 1, RecipeJson = RecipeJson.Canonical(RecipePresets.Paper with { Depth = 2, Width = 8, Epochs = 3, EvalSchedule = "epochs" }),
        };
        var node = JsonNode.Parse(JsonSerializer.Serialize(run, RunFiles.Json))!.AsObject();
        node.Remove("steps_per_epoch");
        var runJson = node.ToJsonString();
        var curves = Enumerable.Range(0, 4).Select(e => new CurveRecordV1
        {
            RunId = run.RunId, Depth = 2, Width = 8, Epochs = 3, Seed = 1, Epoch = e, Layer = 1, Metric = MetricNames.LayerFfAccuracy,
            Split = Splits.Test, Value = 0.5 + e / 10.0,
        }).ToList();
        var meta = new Dictionary<string, string>
        {
            [ResultSchema.SchemaKey] = ResultSchema.RunFileV1, [ResultSchema.GridKey] = "g", [ResultSchema.RunIdKey] = run.RunId,
            [ResultSchema.RunKey] = runJson, [ResultSchema.RowsKey] = "4", [ResultSchema.ChecksumKey] = RunFileV1.Checksum(runJson, curves),
        };
        if (flipValue) curves[2] = curves[2] with { Value = 0.99 };
        File.Delete(path);
        await WriteAsync(curves, path, meta);
    }

    private static async Task WriteAsync<T>(IEnumerable<T> rows, string path, IReadOnlyDictionary<string, string> meta)
    {
        await using var stream = File.Create(path);
        await ParquetSerializer.SerializeAsync(rows, stream, customMetadata: meta);
    }
}
