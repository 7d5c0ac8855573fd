using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;
using FFRepro.Harness.Tracking;
using FFRepro.Specs.Paper;
using Xunit;

namespace FFRepro.Specs.Harness.Results;

/// <summary>
/// Run files written before run files carried a checksum (the committed <c>results/ci</c> and
/// <c>results/paper-mnist10k</c>) are counted and reported as legacy by status and merge; <c>ffrepro seal</c> adds the
/// checksum, keeping every row and the run record exactly, and from then on a changed value is caught.
/// </summary>
public sealed class RunSealSpecs : IDisposable
{
    private readonly HarnessTemp _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Copies <paramref name="count"/> committed legacy run files of the ci grid into a temporary results folder.</summary>
    private ResultsLayout CommittedCopies(int count)
    {
        var layout = new ResultsLayout(_temp.Root, "ci");
        Directory.CreateDirectory(layout.RunsFolder);
        foreach (var file in Directory.GetFiles(new ResultsLayout(RepoPaths.Results, "ci").RunsFolder, "*.parquet").Order(StringComparer.Ordinal).Take(count))
            File.Copy(file, Path.Combine(layout.RunsFolder, Path.GetFileName(file)));
        return layout;
    }

    private static async Task<CurveRecord[]> Tamper(string path, string grid)
    {
        var check = await RunFiles.ReadAsync(path, grid);
        var curves = check.Curves.ToArray();
        curves[7] = curves[7] with { Value = curves[7].Value + 1e-9 };
        await RunFiles.WriteRawAsync(path, curves, check.Metadata);
        return curves;
    }

    [Fact]
    public async Task The_committed_result_sets_are_legacy_and_merge_and_status_say_so()
    {
        foreach (var grid in new[] { "ci", "paper-mnist10k" })
        {
            var scan = await ResultScan.ReadAsync(new ResultsLayout(RepoPaths.Results, grid), null, withCurves: false);
            Assert.Empty(scan.Bad);
            Assert.All(scan.Runs.Values, c => Assert.True(c.Legacy, $"{c.Path} has a checksum"));
        }
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
        await Tamper(files[0], "ci");
        Assert.Null((await RunFiles.ReadAsync(files[0], "ci")).Problem);   // the gap sealing closes
        await RunSeal.SealAsync(layout, "ffrepro test");
        await Tamper(files[1], "ci");
        Assert.Contains("checksum", (await RunFiles.ReadAsync(files[1], "ci")).Problem);
    }
}
