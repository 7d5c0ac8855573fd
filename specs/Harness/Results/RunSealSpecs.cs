using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;
using FFRepro.Harness.Tracking;
using FFRepro.Specs.Paper;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Harness.Results;

/// <summary>
/// Run files written before run files carried a checksum (the committed <c>results/paper-mnist10k</c>, of schema
/// <c>ffrepro-run/1</c>) are counted and reported as legacy by status and merge; <c>ffrepro seal</c> adds the checksum,
/// keeping every row, the schema and the run record exactly, and from then on a changed value is caught.
/// </summary>
public sealed class RunSealSpecs : IDisposable
{
    private const string Grid = "paper-mnist10k";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Copies <paramref name="count"/> committed legacy run files of paper-mnist10k into a temporary results folder.</summary>
    private ResultsLayout CommittedCopies(int count)
    {
        var layout = new ResultsLayout(_temp.Path, Grid);
        Directory.CreateDirectory(layout.RunsFolder);
        foreach (var file in Directory.GetFiles(new ResultsLayout(RepoPaths.Results, Grid).RunsFolder, "*.parquet").Order(StringComparer.Ordinal).Take(count))
            File.Copy(file, Path.Combine(layout.RunsFolder, Path.GetFileName(file)));
        return layout;
    }

    /// <summary>Adds 1e-9 to row 7's value of a version 1 run file and writes it back with its metadata unchanged.</summary>
    private static async Task Tamper(string path)
    {
        var check = await RunFiles.ReadAsync(path, Grid);
        Assert.Equal(ResultSchema.RunFileV1, check.Metadata[ResultSchema.SchemaKey]);
        var rows = (await RunFiles.ReadRowsV1Async(path)).ToArray();
        rows[7] = rows[7] with { Value = rows[7].Value + 1e-9 };
        await RunFiles.WriteRawAsync(path, rows, check.Metadata);
    }

    [Fact]
    public async Task The_committed_paper_mnist10k_set_is_legacy_and_merge_and_status_say_so()
    {
        var committed = await ResultScan.ReadAsync(new ResultsLayout(RepoPaths.Results, Grid), null, withCurves: false);
        Assert.Empty(committed.Bad);
        Assert.NotEmpty(committed.Runs);
        Assert.All(committed.Runs.Values, c => Assert.True(c.Legacy, $"{c.Path} has a checksum"));
        var layout = CommittedCopies(3);
        var merged = await Merger.MergeAsync(layout);
        Assert.Equal(3, merged.Legacy);
        var plan = new RunPlan(Specs.Parse(Specs.Small), [], []);
        var status = GridStatus.Compute(plan, await ResultScan.ReadAsync(layout, null, withCurves: false), 1);
        Assert.Equal(3, status.Legacy);
    }

    [Fact]
    public async Task Sealing_keeps_rows_and_run_record_exactly_and_records_when_and_by_whom()
    {
        var layout = CommittedCopies(4);
        var before = (await ResultScan.ReadAsync(layout, null, withCurves: true)).Runs;
        var summary = await RunSeal.SealAsync(layout, "ffrepro test");
        Assert.Equal(4, summary.Sealed);
        var after = (await ResultScan.ReadAsync(layout, null, withCurves: true)).Runs;
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (id, old) in before)
        {
            var now = after[id];
            Assert.False(now.Legacy);
            Assert.Equal(old.Metadata[ResultSchema.RunKey], now.Metadata[ResultSchema.RunKey]);
            Assert.Equal(old.Curves.Select(c => (c with { Value = 0 }, BitConverter.DoubleToInt64Bits(c.Value))),
                now.Curves.Select(c => (c with { Value = 0 }, BitConverter.DoubleToInt64Bits(c.Value))));
            foreach (var (k, v) in old.Metadata) Assert.Equal(v, now.Metadata[k]);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ by ffrepro test: checksum added", now.Metadata[ResultSchema.SealedKey]);
        }
        Assert.Equal(0, (await RunSeal.SealAsync(layout, "again")).Sealed);
        Assert.False(Directory.Exists(Path.Combine(layout.RunsFolder, ".sealing")));
    }

    [Fact]
    public async Task A_changed_value_goes_unnoticed_in_a_legacy_file_and_is_caught_once_sealed()
    {
        var layout = CommittedCopies(2);
        var files = Directory.GetFiles(layout.RunsFolder, "*.parquet").Order(StringComparer.Ordinal).ToArray();
        await Tamper(files[0]);
        Assert.Null((await RunFiles.ReadAsync(files[0], Grid)).Problem);   // the gap sealing closes
        await RunSeal.SealAsync(layout, "ffrepro test");
        await Tamper(files[1]);
        Assert.Contains("checksum", (await RunFiles.ReadAsync(files[1], Grid)).Problem);
    }
}
