using System.Diagnostics;
using FFRepro.Harness.Provenance;
using FFRepro.Model.Torch;
using FFRepro.Specs.Paper;
using Xunit;

namespace FFRepro.Specs.Harness.Provenance;

/// <summary>Every artifact records the commit its binaries were built from, besides the checkout it ran in.</summary>
public sealed class BuildCommitSpecs
{
    [Fact]
    public void Binaries_built_in_a_checkout_record_the_commit_they_were_built_from()
    {
        var head = Git("rev-parse HEAD");
        Assert.True(head is not null, "the specs run in a git checkout (a clone of FFRepro); git rev-parse HEAD failed");
        var metadata = EnvironmentCollector.Collect(TorchFacts.Of(TorchSharp.torch.CPU)).ToMetadata();
        // The specs were built from this checkout's HEAD, plus whatever uncommitted changes it has.
        Assert.Matches("^[0-9a-f]{40}$", metadata["ffrepro.env.build_commit"]);
        Assert.Equal(head, metadata["ffrepro.env.build_commit"]);
    }

    private static string? Git(string arguments)
    {
        try
        {
            var info = new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
            using var p = Process.Start(info)!;
            var output = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return p.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception) { return null; }
    }
}
