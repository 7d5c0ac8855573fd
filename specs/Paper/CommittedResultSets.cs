using FFRepro.Harness.Results;
using FFRepro.Stats;

namespace FFRepro.Specs.Paper;

/// <summary>The result sets committed under results/ that have merged files, with their statistics recomputed.</summary>
public static class CommittedResultSets
{
    private static readonly Dictionary<string, Lazy<Task<StatsTables>>> Cache = new();
    private static readonly Lock Gate = new();

    /// <summary>Names of committed grids with runs.parquet and curves.parquet.</summary>
    public static IEnumerable<object[]> Names() => Directory.Exists(RepoPaths.Results)
        ? Directory.GetDirectories(RepoPaths.Results)
            .Where(d => File.Exists(Path.Combine(d, "runs.parquet")) && File.Exists(Path.Combine(d, "curves.parquet")))
            .Select(d => new object[] { Path.GetFileName(d) })
            .OrderBy(n => (string)n[0], StringComparer.Ordinal)
        : [];

    /// <summary>Statistics of one committed grid, computed once per test run.</summary>
    public static Task<StatsTables> TablesAsync(string grid)
    {
        lock (Gate)
        {
            if (!Cache.TryGetValue(grid, out var lazy))
                Cache[grid] = lazy = new Lazy<Task<StatsTables>>(async () =>
                {
                    var layout = new ResultsLayout(RepoPaths.Results, grid);
                    var (runs, curves) = await StatsInputs.ReadAsync(layout);
                    return StatsSuite.Compute(runs, curves, StatsOptions.Default, StatsInputs.PlannedCells(layout));
                });
            return lazy.Value;
        }
    }
}
