using FFRepro.Harness.Report;
using FFRepro.Specs.Model.Data;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Harness.Report;

public sealed class StatsWriterSpecs
{
    [Fact]
    public async Task Hypotheses_read_back_equal_what_was_written()
    {
        using var folder = new TempFolder();
        var tables = ReportFixture.Input.Tables;
        await StatsWriter.WriteAsync(tables, folder.Path, ReportFixture.Provenance);

        var read = await StatsReader.ReadHypothesesAsync(folder.Path);

        Assert.NotEmpty(tables.Hypotheses);
        // Records compare by value; NaN == NaN under record equality (double.Equals), so untestable rows round-trip too.
        Assert.Equal(tables.Hypotheses, read);
    }

    [Fact]
    public async Task Every_table_is_written_with_the_metadata_and_no_temporary_file_is_left()
    {
        using var folder = new TempFolder();
        await StatsWriter.WriteAsync(ReportFixture.Input.Tables, folder.Path, ReportFixture.Provenance);

        Assert.Equal(StatsWriter.FileNames.Order(), Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order());
        foreach (var name in StatsWriter.FileNames)
        {
            var metadata = await StatsReader.ReadMetadataAsync(folder.File(name));
            foreach (var (key, value) in ReportFixture.Provenance)
                Assert.Equal(value, metadata[key]);
        }
    }

    [Fact]
    public async Task Writing_twice_replaces_the_files()
    {
        using var folder = new TempFolder();
        var tables = ReportFixture.Input.Tables;
        await StatsWriter.WriteAsync(tables with { Hypotheses = [] }, folder.Path, ReportFixture.Provenance);
        await StatsWriter.WriteAsync(tables, folder.Path, ReportFixture.Provenance);

        Assert.Equal(tables.Hypotheses.Count, (await StatsReader.ReadHypothesesAsync(folder.Path)).Count);
        Assert.Equal(StatsWriter.FileNames.Count, Directory.GetFiles(folder.Path).Length);
    }

    private static Dictionary<string, string> WithKey(string key) =>
        new(ReportFixture.Provenance) { [FFRepro.Harness.Results.ResultSchema.StatsKeyKey] = key };

    [Fact]
    public async Task Every_table_read_back_as_current_equals_what_was_written()
    {
        using var folder = new TempFolder();
        var tables = ReportFixture.Input.Tables;
        await StatsWriter.WriteAsync(tables, folder.Path, WithKey("k1"));

        var stored = await StatsReader.ReadCurrentAsync(folder.Path, "k1");

        Assert.Null(stored.Reason);
        var read = stored.Tables!;
        Assert.NotEmpty(tables.Onsets);
        Assert.NotEmpty(tables.Correlations);
        // Row records compare by value (NaN equal to NaN, null to null): every column of every row survives.
        Assert.Equal(tables.Onsets, read.Onsets);
        Assert.Equal(tables.Delays, read.Delays);
        Assert.Equal(tables.Correlations, read.Correlations);
        Assert.Equal(tables.Hypotheses, read.Hypotheses);
        Assert.Equal(tables.Exclusions, read.Exclusions);
        Assert.Equal(tables.WidthMeans, read.WidthMeans);
        Assert.Equal(tables.Sensitivity, read.Sensitivity);
        Assert.Equal(tables.Coverage, read.Coverage);
    }

    [Fact]
    public async Task Tables_of_another_key_are_stale_and_a_missing_table_is_missing()
    {
        using var folder = new TempFolder();
        await StatsWriter.WriteAsync(ReportFixture.Input.Tables, folder.Path, WithKey("k1"));

        Assert.Equal(new StoredStats(null, "stale"), await StatsReader.ReadCurrentAsync(folder.Path, "k2"));
        File.Delete(folder.File(StatsWriter.FileNames[^1]));
        Assert.Equal(new StoredStats(null, "missing"), await StatsReader.ReadCurrentAsync(folder.Path, "k1"));
    }

    [Fact]
    public async Task Tables_without_a_key_are_stale()
    {
        using var folder = new TempFolder();
        await StatsWriter.WriteAsync(ReportFixture.Input.Tables, folder.Path, ReportFixture.Provenance);
        Assert.Equal("stale", (await StatsReader.ReadCurrentAsync(folder.Path, "k1")).Reason);
    }
}
