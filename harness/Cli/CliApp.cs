using System.CommandLine;

namespace FFRepro.Harness.Cli;

/// <summary>Entry point of the <c>ffrepro</c> command line: parse, call the library, set the exit code.</summary>
public static class CliApp
{
    /// <summary>The global option that prints the stack trace of an internal error on stderr too.</summary>
    public const string VerboseOption = "--verbose";

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
            new Option<bool>(VerboseOption)
            {
                Description = "On an internal error, also print its stack trace (it is always written to a log file in $TMPDIR)",
                Recursive = true,
            },
        };
    }

    /// <summary>Runs the CLI, writing what it reports to <paramref name="output"/> and errors and warnings to
    /// <paramref name="error"/> (the process's stdout and stderr for the program; any writers for specs); returns an
    /// <see cref="ExitCodes"/> value: 0 on success, 1 on run failures or an internal error, 2 on bad input or a storage
    /// problem, 3 when stopped early, 130 when interrupted.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(Build(), args, output, error);

    /// <summary>Runs <paramref name="root"/> (the tree of <see cref="Build"/>, or one extended by specs) as
    /// <see cref="Run(string[], TextWriter, TextWriter)"/> does.</summary>
    public static int Run(RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                // One message, however many parse errors: the unrecognized tokens first, they point at the typo.
                var messages = parse.Errors.Select(e => ParseMessages.Plain(e.Message)).OrderBy(m => m.StartsWith("Unrecognized", StringComparison.Ordinal) ? 0 : 1);
                error.WriteLine("error: " + string.Join(" ", messages));
                error.WriteLine("Try 'ffrepro --help' (or --help after any command).");
                return ExitCodes.BadInput;
            }
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // Exceptions that reach here (from a validator or a command) are faults of the program: the commands turn
            // the user's errors into exit 2 themselves. --verbose is read from the words, as parsing may be what failed.
            return CliGuard.ReportInternalError(e, args, args.Contains(VerboseOption, StringComparer.Ordinal), error);
        }
    }
}
