using System.CommandLine;

namespace FFRepro.Harness.Cli;

/// <summary>Where a command writes: the writers of its invocation (<see cref="CliApp.Run(string[], TextWriter, TextWriter)"/>), never the process
/// console, so that one process can run several commands side by side, each with its own output.</summary>
internal static class CliWriters
{
    /// <summary>The invocation's standard output: what the command reports.</summary>
    public static TextWriter Out(this ParseResult parse) => parse.InvocationConfiguration.Output;

    /// <summary>The invocation's standard error: errors and warnings.</summary>
    public static TextWriter Error(this ParseResult parse) => parse.InvocationConfiguration.Error;
}
