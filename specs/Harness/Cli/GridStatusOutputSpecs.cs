using FFRepro.Specs.Paper;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Harness.Cli;

/// <summary><c>grid status</c> on the committed H100 runs of paper-mnist10k (copied, so that nothing else in the
/// results folder changes what is estimated): every estimate says that it is one and whose times it rests on, and a
/// grid without measurements says why it has no estimate.</summary>
public sealed class GridStatusOutputSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public GridStatusOutputSpecs()
    {
        var from = Path.Combine(RepoPaths.Results, "paper-mnist10k", "runs");
        var to = Directory.CreateDirectory(Path.Combine(Results, "paper-mnist10k", "runs")).FullName;
        foreach (var file in Directory.GetFiles(from, "*.parquet")) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    public void Dispose() => _temp.Dispose();

    private string Results => Path.Combine(_temp.Path, "results");

    private static string[] Rows(CliConsole.Outcome outcome) =>
        outcome.Out.Split('\n').Where(l => l.StartsWith("1/1 ", StringComparison.Ordinal) || l.StartsWith("all ", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Every_estimate_is_marked_as_one_and_names_the_machine_of_its_times()
    {
        var outcome = CliConsole.Run("grid", "status", "paper-mnist10k", "--results", Results);
        Assert.Equal(0, outcome.ExitCode);
        Assert.All(Rows(outcome), r => Assert.EndsWith("  ~0:06:57 (NVIDIA H100 80GB HBM3 times)", r, StringComparison.Ordinal));
        Assert.Contains("without nesting: ~0:09:34 (1.38x; NVIDIA H100 80GB HBM3 times)", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grid_without_measured_runs_says_why_it_has_no_estimate()
    {
        var outcome = CliConsole.Run("grid", "status", "paper-epochs-mnist10k", "--results", Results);
        Assert.Equal(0, outcome.ExitCode);
        Assert.All(Rows(outcome), r => Assert.EndsWith("  no estimate", r, StringComparison.Ordinal));
        Assert.Contains("no estimate: no run of paper-epochs-mnist10k in ", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("--times-from <grid>", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Borrowed_times_are_named_with_their_machine_and_scale()
    {
        var same = CliConsole.Run("grid", "status", "paper-epochs-mnist10k", "--times-from", "paper-mnist10k", "--results", Results);
        Assert.All(Rows(same), r => Assert.EndsWith("  ~0:02:07 (NVIDIA H100 80GB HBM3 times)", r, StringComparison.Ordinal));
        var scaled = CliConsole.Run("grid", "status", "paper", "--times-from", "paper-mnist10k", "--time-scale", "6.25", "--results", Results);
        Assert.All(Rows(scaled), r => Assert.EndsWith("  ~0:43:26 (NVIDIA H100 80GB HBM3 x 6.25 times)", r, StringComparison.Ordinal));
    }
}
