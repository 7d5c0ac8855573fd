using FFRepro.Harness.Report;
using FFRepro.Harness.Results;
using FFRepro.Stats;
using FFRepro.Stats.Data;

namespace FFRepro.Harness.Cli;

/// <summary>What <c>stats</c> and <c>report</c> share: the merged tables of a grid, checked, and their statistics.</summary>
internal sealed record GridAnalysis(
    ResultsLayout Layout,
    IReadOnlyList<RunInfo> Runs,
    IReadOnlyList<CurvePoint> Curves,
    IReadOnlyDictionary<string, string> Provenance,
    StatsOptions Options,
    StatsTables Tables)
{
    /// <summary>Folder of the statistics tables: results/&lt;grid&gt;/stats.</summary>
    public string StatsFolder => Path.Combine(Layout.GridFolder, "stats");

    /// <summary>
    /// Reads the merged files (merging first when they are missing or were merged by an older version; run <c>merge</c>
    /// after new runs) and the planned design from spec.json, and computes the statistics.
    /// </summary>
    public static async Task<GridAnalysis> LoadAsync(ResultsLayout layout, CancellationToken ct)
    {
        if (!await MergedResults.AreCurrentAsync(layout))
        {
            if (!Directory.Exists(layout.RunsFolder))
                throw new BadInputException(File.Exists(layout.RunsFile) && File.Exists(layout.CurvesFile)
                    ? $"{Path.GetFullPath(layout.CurvesFile)} was merged by an older FFRepro and {Path.GetFullPath(layout.RunsFolder)}, from which merge would make it again, does not exist"
                    : $"no results for grid '{layout.Grid}': neither {Path.GetFullPath(layout.RunsFile)} nor {Path.GetFullPath(layout.RunsFolder)} exists");
            CliInputs.EnsureWritable(layout);
            var merged = await Merger.MergeAsync(layout, ct);
            Console.WriteLine($"merged {merged.Runs} runs first ({merged.Missing} planned runs missing)");
        }
        var (runs, curves) = await StatsInputs.ReadAsync(layout);
        if (runs.Count == 0) throw new BadInputException($"grid '{layout.Grid}' has no runs in {layout.RunsFile}");
        var provenance = await StatsReader.ReadMetadataAsync(layout.RunsFile, ct);
        var options = StatsOptions.Default;
        var planned = StatsInputs.PlannedCells(layout);
        try
        {
            return new GridAnalysis(layout, runs, curves, provenance, options, StatsSuite.Compute(runs, curves, options, planned));
        }
        catch (StatsInputException e)
        {
            throw new BadInputException($"statistics of grid '{layout.Grid}': {e.Message}");
        }
    }

    /// <summary>The provenance keys worth printing with the statistics: the environment and the grid, not the spec body.</summary>
    public IReadOnlyDictionary<string, string> Metadata => Provenance
        .Where(kv => kv.Key.StartsWith(ResultSchema.EnvironmentPrefix, StringComparison.Ordinal) || kv.Key == ResultSchema.SpecKey)
        .Append(new KeyValuePair<string, string>("ffrepro.stats.source", Path.GetFileName(Layout.CurvesFile)))
        .ToDictionary(kv => kv.Key, kv => kv.Value);
}
