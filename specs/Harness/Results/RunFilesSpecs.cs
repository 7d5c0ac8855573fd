using FFRepro.Harness.Results;
using FFRepro.Specs.Support;
using FFRepro.Stats.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Parquet;
using Snapshooter.Xunit;
using Xunit;

namespace FFRepro.Specs.Harness.Results;

public sealed class RunFilesSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly Dictionary<string, string> Meta = new() { ["ffrepro.env.host"] = "h" };

    private static List<CurveRecord> CurvesOf(RunRecord run, int n) =>
        Enumerable.Range(0, n).Select(i => new CurveRecord
        {
            RunId = run.RunId, Treatment = run.Treatment, Depth = run.Depth, Width = run.Width, Epochs = run.Epochs, Seed = run.Seed,
            Epoch = i, Layer = i % 3, Metric = MetricNames.All[i % MetricNames.All.Count], Split = Splits.Test, Value = i == 1 ? double.NaN : i / 7.0,
        }).ToList();

    [Property(Arbitrary = [typeof(HarnessArbitraries)], MaxTest = 40)]
    public Property Parquet_round_trips_any_run_record(RunRecord run, byte points)
    {
        var path = Path.Combine(_temp.Path, run.RunId + ".parquet");
        var curves = CurvesOf(run, points % 12);
        RunFiles.WriteAsync(path, run, curves, Meta).GetAwaiter().GetResult();
        var back = RunFiles.ReadAsync(path, "g").GetAwaiter().GetResult();
        return (back.Problem is null).Label("readable: " + back.Problem)
            .And(back.Run == run).Label("run record equal")
            .And(back.Curves.SequenceEqual(curves)).Label("curve points equal")
            .And(back.Metadata.GetValueOrDefault("ffrepro.env.host") == "h").Label("metadata kept")
            .Classify(curves.Count == 0, "no curve points")
            .Classify(run.FinalClassifierAccuracy is null, "null accuracy");
    }

    private async Task<string> Written(string id = "00000000000000aa", string grid = "g")
    {
        var run = new RunRecord { RunId = id, Grid = grid, Status = RunStatus.Ok, Treatment = "depth=1", Depth = 1, Width = 2, Epochs = 3, Seed = 4 };
        var path = Path.Combine(_temp.Path, id + ".parquet");
        await RunFiles.WriteAsync(path, run, CurvesOf(run, 30), Meta);
        return path;
    }

    [Fact]
    public async Task A_truncated_file_is_reported()
    {
        var path = await Written();
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 2)]);
        var check = await RunFiles.ReadAsync(path, "g");
        Assert.Contains("unreadable", check.Problem);
    }

    [Fact]
    public async Task A_corrupt_file_is_reported()
    {
        var path = await Written();
        var bytes = await File.ReadAllBytesAsync(path);
        for (var i = 8; i < bytes.Length - 8; i += 3) bytes[i] ^= 0x5A;
        await File.WriteAllBytesAsync(path, bytes);
        Assert.NotNull((await RunFiles.ReadAsync(path, "g")).Problem);
    }

    [Fact]
    public async Task A_file_of_another_grid_is_reported()
    {
        var path = await Written(grid: "other");
        Assert.Contains("belongs to grid 'other'", (await RunFiles.ReadAsync(path, "g")).Problem);
    }

    [Fact]
    public async Task A_renamed_file_is_reported()
    {
        var path = await Written();
        var renamed = Path.Combine(_temp.Path, "00000000000000bb.parquet");
        File.Move(path, renamed);
        Assert.Contains("holds run", (await RunFiles.ReadAsync(renamed, "g")).Problem);
    }

    [Fact]
    public async Task A_parquet_file_of_another_schema_is_reported()
    {
        var path = Path.Combine(_temp.Path, "00000000000000cc.parquet");
        await Parquet.Serialization.ParquetSerializer.SerializeAsync(new[] { new CurveRecord() }, path);
        Assert.Contains("not an FFRepro run file", (await RunFiles.ReadAsync(path, "g")).Problem);
    }

    [Fact]
    public async Task Writing_leaves_no_temporary_file()
    {
        await Written();
        Assert.Equal(["00000000000000aa.parquet"], Directory.GetFiles(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task The_schemas_are_stable()
    {
        var layout = new ResultsLayout(_temp.Path, "g");
        var run = new RunRecord { RunId = "00000000000000dd", Grid = "g", Status = RunStatus.Ok };
        await RunFiles.WriteAsync(layout.RunFile(run.RunId), run, CurvesOf(run, 3), Meta);
        await Merger.MergeAsync(layout);
        var schemas = new Dictionary<string, List<string>>();
        foreach (var (name, file) in new[] { ("run file", layout.RunFile(run.RunId)), ("runs.parquet", layout.RunsFile), ("curves.parquet", layout.CurvesFile) })
        {
            await using var reader = await ParquetReader.CreateAsync(file);
            schemas[name] = reader.Schema.DataFields.Select(f => $"{f.Name}: {TypeName(f.ClrType)}{(f.IsNullable ? " (nullable)" : "")}").ToList();
            schemas[name + " metadata keys"] = reader.CustomMetadata.Keys.Order(StringComparer.Ordinal).ToList();
        }
        await using (var reader = await ParquetReader.CreateAsync(layout.RunFile(run.RunId)))
            schemas["run record (ffrepro.run)"] = System.Text.Json.JsonDocument.Parse(reader.CustomMetadata[ResultSchema.RunKey])
                .RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Snapshot.Match(schemas);
    }

    private static string TypeName(Type t) => t == typeof(ReadOnlyMemory<char>) || t == typeof(string) ? "string" : t.Name;
}
