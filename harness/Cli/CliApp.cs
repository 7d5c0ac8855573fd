using System.CommandLine;

namespace FFRepro.Harness.Cli;

/// <summary>Entry point of the <c>ffrepro</c> command line: parse, call the library, set the exit code.</summary>
public static class CliApp
{
    /// <summary>The command tree.</summary>
    public static RootCommand Build()
    {
        var grid = new Command("grid", "Plan, run and follow treatment grids")
        {
            GridPlanCommand.Create(),
            GridRunCommand.Create(),
            GridStatusCommand.Create(),
        };
        return new RootCommand("ffrepro: reproduction harness for 'The Forward-Forward Algorithm: Characterizing Training Behavior'")
        {
            grid,
            MergeCommand.Create(),
            SealCommand.Create(),
            StatsCommand.Create(),
            ReportCommand.Create(),
            DataCommand.Create(),
            BenchCommand.Create(),
            TraceCommand.Create(),
        };
    }

    /// <summary>Runs the CLI, writing what it reports to <paramref name="output"/> and errors and warnings to
    /// <paramref name="error"/> (the process's stdout and stderr for the program; any writers for specs); returns 0 on
    /// success, 1 on run failures, 2 on bad input.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            // One message, however many parse errors: the unrecognized tokens first, they point at the typo.
            var messages = parse.Errors.Select(e => e.Message).OrderBy(m => m.StartsWith("Unrecognized", StringComparison.Ordinal) ? 0 : 1);
            error.WriteLine("error: " + string.Join(" ", messages));
            error.WriteLine("Try 'ffrepro --help' (or --help after any command).");
            return ExitCodes.BadInput;
        }
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
