using FFRepro.Harness.Results;
using FFRepro.Specs.Harness;
using FFRepro.Specs.Support;
using FFRepro.Stats;
using FFRepro.Stats.Data;
using Xunit;

namespace FFRepro.Specs.Reliability;

/// <summary>A recipe forced to diverge (lr 1e12) with the real trainer: its runs are stored as diverged with the
/// epoch, the grid goes on to the next cell, and the statistics leave them out with a stated count.</summary>
[Collection(TorchCollection.Name)]
public sealed class DivergenceSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // The diverging cell comes first, so a grid that stopped at divergence would miss the second cell.
    private const string Spec = """
        {"name":"diverge","dataset":"mnist10k","recipe":"paper","device":"cpu",
         "overrides":{"epochs":2,"depth":1,"width":8,"eval_samples":100},
         "treatments":{"lr":[1e12,0.001]},"seeds":2}
        """;

    [Fact]
    public async Task Diverged_runs_are_marked_with_their_epoch_the_grid_goes_on_and_stats_count_them_out()
    {
        var spec = Path.Combine(_temp.Path, "diverge.json");
        await File.WriteAllTextAsync(spec, Spec);
        var results = Path.Combine(_temp.Path, "results");

        var run = CliConsole.Run("grid", "run", spec, "--results", results, "--plain");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("2 ok, 2 diverged, 0 failed", run.Out);
        Assert.Equal(0, CliConsole.Run("merge", "diverge", "--results", results).ExitCode);

        var layout = new ResultsLayout(results, "diverge");
        var runs = await MergedResults.ReadRunsAsync(layout);
        var diverged = runs.Where(r => r.RecipeJson.Contains("1000000000000", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, diverged.Count);
        Assert.All(diverged, r =>
        {
            Assert.Equal(RunStatus.Diverged, r.Status);
            Assert.InRange(r.DivergedAtEpoch ?? -1, 1, 2);
        });
        Assert.All(runs.Except(diverged), r => Assert.Equal((RunStatus.Ok, 2), (r.Status, r.EpochsCompleted)));

        var (infos, curves) = await StatsInputs.ReadAsync(layout);
        var tables = StatsSuite.Compute(infos, curves, StatsOptions.Default with { BootstrapResamples = 100, Permutations = 100 });
        var excluded = Assert.Single(tables.Exclusions, x => x.Reason == "status=diverged");
        Assert.Equal(2, excluded.Count);
        ReliabilityReport.Add("divergence", $"{excluded.Count} diverged runs at epochs {string.Join(",", diverged.Select(r => r.DivergedAtEpoch))} excluded from stats with a count; the grid went on");
    }
}
