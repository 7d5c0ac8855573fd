using FFRepro.Harness.Cli;
using FFRepro.Harness.Report;
using FFRepro.Harness.Results;
using FFRepro.Specs.Paper;
using FFRepro.Specs.Support;
using FFRepro.Stats;
using Parquet;
using Parquet.Serialization;
using Xunit;

namespace FFRepro.Specs.Harness.Report;

/// <summary>
/// <c>report</c> reads the stored statistics tables while they are current for the merged data, and recomputes (and
/// stores) them when they are missing or were computed from other inputs. Works on a copy of the committed ci grid.
/// </summary>
public sealed class StatsReuseSpecs : IDisposable
{
    private const string Marker = "stored-table-marker";
    private readonly TempFolder _temp = new();
    private readonly ResultsLayout _layout;
    private readonly ResultsLayout _committed = new(RepoPaths.Results, "ci");

    public StatsReuseSpecs()
    {
        _layout = new ResultsLayout(Path.Combine(_temp.Path, "results"), "ci");
        Directory.CreateDirectory(Path.Combine(_layout.GridFolder, "stats"));
        foreach (var file in new[] { _committed.RunsFile, _committed.CurvesFile, _committed.SpecFile })
            File.Copy(file, Path.Combine(_layout.GridFolder, Path.GetFileName(file)));
        foreach (var name in StatsWriter.FileNames)
            File.Copy(Path.Combine(Stats(_committed), name), Path.Combine(Stats(_layout), name));
    }

    public void Dispose() => _temp.Dispose();

    private static string Stats(ResultsLayout layout) => Path.Combine(layout.GridFolder, "stats");

    private string ReportText() => File.ReadAllText(Path.Combine(_layout.GridFolder, "report.md"));

    private int Report() => CliConsole.Run("report", "ci", "--results", _layout.Root).ExitCode;

    /// <summary>Rewrites the stored hypotheses with <see cref="Marker"/> as every test name, keeping their metadata (and key).</summary>
    private async Task MarkStoredTablesAsync()
    {
        var key = (await StatsReader.ReadMetadataAsync(Path.Combine(Stats(_layout), "hypotheses.parquet")))[ResultSchema.StatsKeyKey];
        var tables = (await StatsReader.ReadCurrentAsync(Stats(_layout), key)).Tables!;
        var marked = tables with { Hypotheses = [.. tables.Hypotheses.Select(h => h with { Test = Marker })] };
        await StatsWriter.WriteAsync(marked, Stats(_layout), await StatsReader.ReadMetadataAsync(Path.Combine(Stats(_layout), "onsets.parquet")));
    }

    private async Task<string> StoredKeyAsync() =>
        (await StatsReader.ReadMetadataAsync(Path.Combine(Stats(_layout), "hypotheses.parquet")))[ResultSchema.StatsKeyKey];

    [Fact]
    public async Task The_committed_stats_are_current_for_the_committed_merged_data()
    {
        var key = await StatsKey.ComputeAsync(_committed, StatsOptions.Default);
        foreach (var name in StatsWriter.FileNames)
            Assert.Equal(key, (await StatsReader.ReadMetadataAsync(Path.Combine(Stats(_committed), name)))[ResultSchema.StatsKeyKey]);
    }

    [Fact]
    public async Task Report_reads_current_stored_tables_instead_of_recomputing_them()
    {
        await MarkStoredTablesAsync();

        Assert.Equal(ExitCodes.Ok, Report());

        Assert.Contains(Marker, ReportText(), StringComparison.Ordinal);
        Assert.All((await StatsReader.ReadHypothesesAsync(Stats(_layout))).Select(h => h.Test), t => Assert.Equal(Marker, t));
    }

    [Fact]
    public async Task Report_recomputes_and_stores_the_tables_when_runs_parquet_changed()
    {
        await MarkStoredTablesAsync();
        var before = await StoredKeyAsync();
        // The same rows with one more metadata entry: other bytes, so other inputs as far as the key can tell.
        var runs = await MergedResults.ReadRunsAsync(_layout);
        Dictionary<string, string> metadata;
        await using (var reader = await ParquetReader.CreateAsync(_layout.RunsFile))
            metadata = new Dictionary<string, string>(reader.CustomMetadata) { ["spec.touched"] = "1" };
        await ParquetSerializer.SerializeAsync(runs, _layout.RunsFile, customMetadata: metadata);

        Assert.Equal(ExitCodes.Ok, Report());

        Assert.DoesNotContain(Marker, ReportText(), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(_committed.GridFolder, "report.md")), ReportText());
        var after = await StoredKeyAsync();
        Assert.NotEqual(before, after);
        Assert.Equal(await StatsKey.ComputeAsync(_layout, StatsOptions.Default), after);
        Assert.DoesNotContain(Marker, (await StatsReader.ReadHypothesesAsync(Stats(_layout))).Select(h => h.Test));
    }

    [Fact]
    public async Task Report_computes_and_stores_missing_tables_and_writes_the_committed_report()
    {
        Directory.Delete(Stats(_layout), recursive: true);

        Assert.Equal(ExitCodes.Ok, Report());

        Assert.Equal(File.ReadAllText(Path.Combine(_committed.GridFolder, "report.md")), ReportText());
        Assert.Equal(await StatsKey.ComputeAsync(_layout, StatsOptions.Default), await StoredKeyAsync());
        Assert.Equal(StatsWriter.FileNames.Order(), Directory.GetFiles(Stats(_layout)).Select(Path.GetFileName).Order());
    }
}
