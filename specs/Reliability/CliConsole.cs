using FFRepro.Harness.Cli;
using Xunit;

namespace FFRepro.Specs.Reliability;

/// <summary>Runs the CLI in-process with stdout and stderr captured. Console redirection is process-wide, so the
/// specs that use it form one collection run apart from all others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CliConsole
{
    /// <summary>The collection's name.</summary>
    public const string Name = "cli-console";

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
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var o = new StringWriter();
        using var e = new StringWriter();
        Console.SetOut(o);
        Console.SetError(e);
        try
        {
            var code = CliApp.Run(root, args);
            return new Outcome(code, o.ToString(), e.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }
}
