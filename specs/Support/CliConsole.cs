using FFRepro.Harness.Cli;

namespace FFRepro.Specs.Support;

/// <summary>Runs the CLI in-process with its stdout and stderr captured through the invocation's writers (the
/// process console is left alone, so specs that use this run in parallel).</summary>
public static class CliConsole
{
    /// <summary>What one invocation did.</summary>
    public sealed record Outcome(int ExitCode, string Out, string Error)
    {
        /// <summary>Non-empty stderr lines.</summary>
        public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Runs <c>ffrepro <paramref name="args"/></c> and captures its output.</summary>
    public static Outcome Run(params string[] args) => Run(CliApp.Build(), args);

    /// <summary>Runs the command tree <paramref name="root"/> with <paramref name="args"/> and captures its output.</summary>
    public static Outcome Run(System.CommandLine.RootCommand root, params string[] args)
    {
        using var o = new StringWriter();
        using var e = new StringWriter();
        var code = CliApp.Run(root, args, o, e);
        return new Outcome(code, o.ToString(), e.ToString());
    }
}
