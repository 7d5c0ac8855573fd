using System.Text.RegularExpressions;
using FFRepro.Specs.Paper;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Harness.Cli;

/// <summary>Every command writes through its invocation's writers, never the process console.</summary>
public sealed class CliOutputSpecs
{
    [Fact]
    public void What_a_command_reports_goes_to_the_invocation_output()
    {
        var outcome = CliConsole.Run("grid", "plan", "smoke");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("\"name\": \"smoke\"", outcome.Out, StringComparison.Ordinal);
        Assert.Contains(" runs in ", outcome.Out, StringComparison.Ordinal);
        Assert.Empty(outcome.Error);
    }

    [Fact]
    public void An_error_goes_to_the_invocation_error_writer_only()
    {
        var outcome = CliConsole.Run("grid", "plan", "smoke", "--shard", "0/3");
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("error: ", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(outcome.Out);
    }

    [Fact]
    public void Invocations_running_at_the_same_time_keep_their_outputs_apart()
    {
        var outcomes = new CliConsole.Outcome[8];
        Parallel.For(0, outcomes.Length, i => outcomes[i] = CliConsole.Run("grid", "plan", "paper", "--shard", $"{i + 1}/8", "--ids"));
        for (var i = 0; i < outcomes.Length; i++)
        {
            Assert.Equal(0, outcomes[i].ExitCode);
            Assert.Single(Regex.Matches(outcomes[i].Out, "shard [0-9]+/8"));
            Assert.Contains($"shard {i + 1}/8:", outcomes[i].Out, StringComparison.Ordinal);
            Assert.Empty(outcomes[i].Error);
        }
    }

    // The process console is shared by everything in the process; only the program's entry point may hand it over.
    [Fact]
    public void No_product_code_but_the_entry_point_uses_the_process_console()
    {
        var offenders = new[] { "harness", "model", "stats" }
            .SelectMany(p => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, p), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetRelativePath(RepoPaths.Root, f) != Path.Combine("harness", "Program.cs"))
            .Where(f => Regex.IsMatch(File.ReadAllText(f), @"(?<![\w.])Console\.|AnsiConsole\.(Markup|Write|Progress|Status|Live|Console\b|Profile)"))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f));
        Assert.Empty(offenders);
    }
}
