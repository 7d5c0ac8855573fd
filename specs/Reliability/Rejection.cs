using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Reliability;

/// <summary>The law of bad input: exit code 2, exactly one error message naming the problem, no stack trace,
/// nothing written.</summary>
public static class Rejection
{
    /// <summary>Asserts that <paramref name="outcome"/> is a clean rejection mentioning <paramref name="expected"/>.</summary>
    public static void AssertClean(CliConsole.Outcome outcome, string expected, string results)
    {
        var detail = $"exit {outcome.ExitCode}; stderr: {outcome.Error}; stdout: {outcome.Out}";
        Assert.True(outcome.ExitCode == 2, detail);
        Assert.True(outcome.ErrorLines.Count(l => l.StartsWith("error: ", StringComparison.Ordinal)) == 1, "one error message: " + detail);
        Assert.True(outcome.Error.Contains(expected, StringComparison.OrdinalIgnoreCase), $"names '{expected}': {detail}");
        Assert.DoesNotContain("   at ", outcome.Error + outcome.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", outcome.Error, StringComparison.Ordinal);
        Assert.True(outcome.Out.Length == 0, "nothing on stdout: " + detail);
        Assert.False(Directory.Exists(results), "nothing written: " + results);
    }

    /// <summary>True when <paramref name="outcome"/> is a clean rejection; the property form of <see cref="AssertClean"/>.</summary>
    public static bool IsClean(CliConsole.Outcome outcome, string expected, string results) =>
        outcome.ExitCode == 2
        && outcome.ErrorLines.Count(l => l.StartsWith("error: ", StringComparison.Ordinal)) == 1
        && outcome.Error.Contains(expected, StringComparison.OrdinalIgnoreCase)
        && !(outcome.Error + outcome.Out).Contains("   at ", StringComparison.Ordinal)
        && outcome.Out.Length == 0
        && !Directory.Exists(results);
}
