using System.Diagnostics;
using FFRepro.Harness.Results;
using FFRepro.Specs.Harness;
using FFRepro.Specs.Support;
using Xunit;
using HarnessSpecs = FFRepro.Specs.Harness.Specs;

namespace FFRepro.Specs.Reliability;

/// <summary>A writer killed by SIGKILL leaves its hidden temporary file; the next grid run or merge removes it, but
/// never the temporary file of a writer that is still running (a concurrent shard).</summary>
public sealed class StaleTempFileSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static int DeadPid()
    {
        using var p = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        p.WaitForExit();
        return p.Id;
    }

    [Fact]
    public void Temporary_files_of_dead_writers_are_removed_and_those_of_live_writers_kept()
    {
        var target = Path.Combine(_temp.Path, "0123456789abcdef.parquet");
        var live = AtomicFile.TempPath(target);
        var owner = Path.GetFileName(live).Split('.')[^3];
        var dead = live.Replace(owner, owner.Split('-')[0] + "-" + DeadPid(), StringComparison.Ordinal);
        var otherHost = live.Replace(owner, "ffffffff-1", StringComparison.Ordinal);
        foreach (var f in new[] { live, dead, otherHost, target }) File.WriteAllText(f, "x");

        Assert.Equal(1, AtomicFile.RemoveStale(_temp.Path));
        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(live) && File.Exists(otherHost) && File.Exists(target));
    }

    [Fact]
    public async Task A_grid_run_removes_what_a_killed_run_left()
    {
        var layout = new ResultsLayout(_temp.Path, "small");
        Directory.CreateDirectory(layout.RunsFolder);
        var live = AtomicFile.TempPath(layout.RunFile("0123456789abcdef"));
        var owner = Path.GetFileName(live).Split('.')[^3];
        var leftover = live.Replace(owner, owner.Split('-')[0] + "-" + DeadPid(), StringComparison.Ordinal);
        await File.WriteAllTextAsync(leftover, "half a file");
        var plan = FakeRuns.Plan();
        await FakeRuns.RunAsync(layout, plan);
        Assert.Empty(Directory.GetFiles(layout.RunsFolder, "*.tmp"));
        Assert.Equal(plan.Count, Directory.GetFiles(layout.RunsFolder, "*.parquet").Length);
    }
}
