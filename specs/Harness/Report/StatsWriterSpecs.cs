using FFRepro.Harness.Report;
using FFRepro.Specs.Model.Data;
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
}
