using FFRepro.Harness.Results;
using FFRepro.Specs.Support;
using FFRepro.Stats;
using FFRepro.Stats.Data;
using Xunit;

namespace FFRepro.Specs.Paper;

/// <summary>
/// The <c>ci</c> grid (depth {2,3} x width {32,64} x 10 epochs x 30 seeds on mnist10k) trained live on the CPU once
/// per test run through the real CLI, merged, and analysed. A few minutes on 2 cores.
/// </summary>
public sealed class LiveCiGrid : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("ffrepro-live-ci-").FullName;

    /// <summary>Where the live results are.</summary>
    public ResultsLayout Layout => new(_root, "ci");

    /// <summary>Exit code of <c>ffrepro grid run</c>.</summary>
    public int RunExitCode { get; private set; } = -1;

    public IReadOnlyList<RunRecord> RunRecords { get; private set; } = [];
    public IReadOnlyList<CurveRecord> Curves { get; private set; } = [];
    public IReadOnlyList<RunInfo> Runs { get; private set; } = [];
    public StatsTables Tables { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        RunExitCode = CliConsole.Run("grid", "run", RepoPaths.Grid("ci"), "--results", _root, "--plain").ExitCode;
        await Merger.MergeAsync(Layout);
        RunRecords = await MergedResults.ReadRunsAsync(Layout);
        Curves = await MergedResults.ReadCurvesAsync(Layout);
        var (runs, points) = await StatsInputs.ReadAsync(Layout);
        Runs = runs;
        Tables = StatsSuite.Compute(runs, points, StatsOptions.Default, StatsInputs.PlannedCells(Layout));
    }

    public Task DisposeAsync()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return Task.CompletedTask;
    }
}
