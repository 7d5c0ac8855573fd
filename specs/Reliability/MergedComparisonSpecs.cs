using FFRepro.Harness.Results;
using Xunit;

namespace FFRepro.Specs.Reliability;

/// <summary>
/// The equality check of <c>build/reliability.sh</c>: merged results of interrupted, repaired and sharded grids must
/// equal an uninterrupted run's bit for bit, timing columns aside. The script names the folders in
/// <c>FFREPRO_COMPARE</c> as <c>grid;baseline-root;other-root;...</c>, several such sets separated by <c>|</c> (no DuckDB
/// CLI or pyarrow on the machines); without it the spec has nothing to compare and passes.
/// </summary>
public sealed class MergedComparisonSpecs
{
    private const string Variable = "FFREPRO_COMPARE";

    [Fact]
    public async Task Merged_results_named_by_the_reliability_script_equal_the_baseline_bit_for_bit()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(value)) return;
        var report = new List<string>();
        foreach (var set in value.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = set.Split(';', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(parts.Length >= 3, $"{Variable} must be grid;baseline;other...");
            var grid = parts[0];
            var (baseRuns, baseCurves) = await Comparable(new ResultsLayout(parts[1], grid));
            var plan = await File.ReadAllLinesAsync(new ResultsLayout(parts[1], grid).PlanFile);
            Assert.Equal(plan.Count(l => l.Length > 0), baseRuns.Count);
            foreach (var root in parts[2..])
            {
                var (runs, curves) = await Comparable(new ResultsLayout(root, grid));
                Assert.Equal(runs.Count, runs.Select(r => r.RunId).Distinct().Count());
                Assert.Equal(baseRuns, runs);
                Assert.Equal(baseCurves.Count, curves.Count);
                for (var i = 0; i < curves.Count; i++) Assert.True(baseCurves[i] == curves[i], $"{root}: curve row {i} differs: {baseCurves[i]} vs {curves[i]}");
                report.Add($"equal {root}: {runs.Count} runs, {curves.Count} curve points");
            }
        }
        if (Environment.GetEnvironmentVariable(Variable + "_REPORT") is { Length: > 0 } file) await File.WriteAllLinesAsync(file, report);
    }

    // Timing differs between executions by nature; values are compared by their bits (NaN and -0.0 included).
    private static async Task<(List<RunRecord> Runs, List<(CurveRecord Point, long Bits)> Curves)> Comparable(ResultsLayout layout)
    {
        var runs = (await MergedResults.ReadRunsAsync(layout))
            .Select(r => r with { WallSeconds = 0, StartedUtc = default, FinishedUtc = default }).ToList();
        var curves = (await MergedResults.ReadCurvesAsync(layout))
            .Select(c => (c with { Value = 0 }, BitConverter.DoubleToInt64Bits(c.Value))).ToList();
        return (runs, curves);
    }
}
