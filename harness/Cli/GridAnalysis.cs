using FFRepro.Harness.Report;
using FFRepro.Harness.Results;
using FFRepro.Stats;
using FFRepro.Stats.Data;

namespace FFRepro.Harness.Cli;

/// <summary>What <c>stats</c> and <c>report</c> share: the merged tables of a grid, checked, and their statistics.</summary>
/// <param name="Layout">The grid's results folder.</param>
/// <param name="Runs">Every run of the merged results.</param>
/// <param name="Curves">The merged curves.</param>
/// <param name="Provenance">The metadata of runs.parquet.</param>
/// <param name="Options">The statistics' options.</param>
/// <param name="Tables">The statistics: read from the stats folder or computed.</param>
/// <param name="Key">The statistics' input key (<see cref="StatsKey"/>).</param>
/// <param name="StaleStats">Null when <paramref name="Tables"/> were read from the stats folder; else why the stored
/// tables could not be used (<see cref="StoredStats.Reason"/>), or <c>not read</c> when reuse was not asked for.</param>
internal sealed record GridAnalysis(
    ResultsLayout Layout,
    IReadOnlyList<RunInfo> Runs,
    IReadOnlyList<CurvePoint> Curves,
    IReadOnlyDictionary<string, string> Provenance,
    StatsOptions Options,
    StatsTables Tables,
    string Key,
    string? StaleStats)
{
    /// <summary>Folder of the statistics tables: results/&lt;grid&gt;/stats.</summary>
    public string StatsFolder => Path.Combine(Layout.GridFolder, "stats");

    /// <summary>
    /// Reads the merged files (merging first when they are missing or were merged by an older version; run <c>merge</c>
    /// after new runs) and the planned design from spec.json, and computes the statistics, or with
    /// <paramref name="reuseStats"/> reads them from the stats folder when they are current (<see cref="StatsKey"/>).
    /// A merge it does is reported on <paramref name="output"/>.
    /// </summary>
    public static async Task<GridAnalysis> LoadAsync(ResultsLayout layout, bool reuseStats, TextWriter output, CancellationToken ct)
    {
        if (!await MergedResults.AreCurrentAsync(layout))
        {
            if (!Directory.Exists(layout.RunsFolder))
                throw new BadInputException(File.Exists(layout.RunsFile) && File.Exists(layout.CurvesFile)
                    ? $"{Path.GetFullPath(layout.CurvesFile)} was merged by an older FFRepro and {Path.GetFullPath(layout.RunsFolder)}, from which merge would make it again, does not exist"
                    : $"no results for grid '{layout.Grid}': neither {Path.GetFullPath(layout.RunsFile)} nor {Path.GetFullPath(layout.RunsFolder)} exists");
            CliInputs.EnsureWritable(layout);
            var merged = await Merger.MergeAsync(layout, ct);
            output.WriteLine($"merged {merged.Runs} runs first ({merged.Missing} planned runs missing)");
        }
        var (runs, curves) = await StatsInputs.ReadAsync(layout);
        if (runs.Count == 0) throw new BadInputException($"grid '{layout.Grid}' has no runs in {layout.RunsFile}");
        var provenance = await StatsReader.ReadMetadataAsync(layout.RunsFile, ct);
        var options = StatsOptions.Default;
        var planned = StatsInputs.PlannedCells(layout);
        var key = await StatsKey.ComputeAsync(layout, options, ct);
        var stored = reuseStats ? await StatsReader.ReadCurrentAsync(Path.Combine(layout.GridFolder, "stats"), key, ct) : new StoredStats(null, "not read");
        if (stored.Tables is { } tables) return new GridAnalysis(layout, runs, curves, provenance, options, tables, key, null);
        try
        {
            return new GridAnalysis(layout, runs, curves, provenance, options, StatsSuite.Compute(runs, curves, options, planned), key, stored.Reason);
        }
        catch (StatsInputException e)
        {
            throw new BadInputException($"statistics of grid '{layout.Grid}': {e.Message}");
        }
    }

    /// <summary>The metadata of every stats file: the environment and the spec of the runs, the source table and the
    /// input key.</summary>
    public IReadOnlyDictionary<string, string> Metadata => Provenance
        .Where(kv => kv.Key.StartsWith(ResultSchema.EnvironmentPrefix, StringComparison.Ordinal) || kv.Key == ResultSchema.SpecKey)
        .Append(new KeyValuePair<string, string>(ResultSchema.StatsSourceKey, Path.GetFileName(Layout.CurvesFile)))
        .Append(new KeyValuePair<string, string>(ResultSchema.StatsKeyKey, Key))
        .ToDictionary(kv => kv.Key, kv => kv.Value);
}
