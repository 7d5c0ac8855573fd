using FFRepro.Harness.Provenance;
using FFRepro.Harness.Results;

namespace FFRepro.Harness.Cli;

/// <summary><c>ffrepro seal &lt;grid&gt;</c>: add the content checksum to legacy run files that lack it, recording when and by which version.</summary>
public static class SealCommand
{
    /// <summary>The command.</summary>
    public static System.CommandLine.Command Create() =>
        GridCommand.Create("seal", "Add a content checksum to run files written without one (legacy), recording when and by which version; rows and run records are kept exactly", async (layout, p, ct) =>
        {
            CliInputs.RequireRuns(layout);
            CliInputs.EnsureWritable(layout);
            var env = EnvironmentCollector.Collect(TorchFacts.None);
            var by = $"ffrepro {env.GitCommit}{(env.GitDirty == true ? " (uncommitted changes)" : "")}";
            var summary = await RunSeal.SealAsync(layout, by, ct);
            foreach (var b in summary.Bad) await p.Error().WriteLineAsync($"left as is {Path.GetFileName(b.Path)}: {b.Problem}");
            p.Out().WriteLine($"sealed {summary.Sealed} legacy run file(s) of {layout.Grid} ({by}); {summary.AlreadySealed} already had a checksum; {summary.Bad.Count} unusable file(s) left as they are");
            return summary.Bad.Count > 0 ? ExitCodes.RunFailures : ExitCodes.Ok;
        });
}
