using FFRepro.Specs.Harness;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Reliability;

/// <summary><c>ffrepro trace</c> rejects bad options with one message, exit code 2, and writes no file.</summary>
public sealed class TraceBadInputSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string> BadInvocations => new()
    {
        { "trace run --shape 2x --out {out}", "--shape '2x'" },
        { "trace export --shape wide --out {out}", "--shape 'wide'" },
        { "trace run --shape 1x100 --out {out}", "depth must be >= 2" },
        { "trace run --shape 2x0 --out {out}", "width must be >= 1" },
        { "trace export --epochs 0 --out {out}", "--epochs" },
        { "trace run --steps -1 --out {out}", "--steps" },
        { "trace run --dataset no-such-set --out {out}", "no-such-set" },
        { "trace export --out {root}/no/such/folder/r.npz", "does not exist" },
        { "trace run --shape 2x100", "--out" },
    };

    [Theory]
    [MemberData(nameof(BadInvocations))]
    public void A_malformed_trace_command_is_rejected_with_one_message_and_no_file(string line, string expected)
    {
        var output = Path.Combine(_temp.Path, "trace.npz");
        var args = line.Replace("{out}", output, StringComparison.Ordinal).Replace("{root}", _temp.Path, StringComparison.Ordinal).Split(' ');
        var outcome = CliConsole.Run(args);
        ReliabilityReport.Add("bad input", "ffrepro " + line);
        Rejection.AssertClean(outcome, expected, Path.Combine(_temp.Path, "results"));
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }
}
