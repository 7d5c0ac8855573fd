using System.Globalization;
using FFRepro.Harness.Design;
using FFRepro.Harness.Results;
using FFRepro.Model;
using FFRepro.Stats;

namespace FFRepro.Harness.Cli;

/// <summary>
/// Tells the user's mistakes from the program's: the project's own input and storage exceptions become one
/// <c>error:</c> line and exit code 2; an interrupt becomes 130; anything else is an internal error (a bug), reported
/// by <see cref="ReportInternalError"/> as one line, with the stack trace in a log file.
/// </summary>
public static class CliGuard
{
    /// <summary>
    /// Whether <paramref name="e"/> reports bad input or a storage problem, in words meant for the user: a bad command
    /// line or spec, a recipe value, a data set or device that cannot be used, data the statistics cannot analyse, or a
    /// results file that cannot be written or read. Every other exception is a fault of the program.
    /// </summary>
    public static bool IsUserError(Exception e) =>
        e is BadInputException or GridSpecException or StorageException or ModelInputException or StatsInputException;

    /// <summary>Runs <paramref name="action"/>, mapping the user's errors (<see cref="IsUserError"/>) to
    /// <see cref="ExitCodes.BadInput"/> and an interrupt to <see cref="ExitCodes.Interrupted"/>, each with one line on
    /// <paramref name="error"/>. Other exceptions propagate to <see cref="CliApp.Run(string[], TextWriter, TextWriter)"/>.</summary>
    public static async Task<int> RunAsync(TextWriter error, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (IsUserError(e))
        {
            await error.WriteLineAsync("error: " + e.Message);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("interrupted; finished runs are stored, rerun the same command to resume.");
            return ExitCodes.Interrupted;
        }
    }

    /// <summary>The log file of an internal error of this process: <c>ffrepro-&lt;pid&gt;-&lt;UTC time&gt;.log</c> in the
    /// temporary folder (<c>$TMPDIR</c>, else <c>/tmp</c>).</summary>
    public static string LogPath(DateTime utc) =>
        Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"ffrepro-{Environment.ProcessId}-{utc:yyyyMMddTHHmmssfff}.log"));

    /// <summary>
    /// Reports a fault of the program: one line on <paramref name="error"/> naming the exception and the log file, which
    /// holds the command line and the full stack trace; with <paramref name="verbose"/> (<c>--verbose</c>) the trace
    /// follows on <paramref name="error"/>. Returns <see cref="ExitCodes.InternalError"/>.
    /// </summary>
    public static int ReportInternalError(Exception e, IReadOnlyList<string> args, bool verbose, TextWriter error)
    {
        var now = DateTime.UtcNow;
        var log = LogPath(now);
        var text = string.Create(CultureInfo.InvariantCulture, $"ffrepro {string.Join(' ', args)}{Environment.NewLine}{now:yyyy-MM-ddTHH:mm:ss.fffZ}, process {Environment.ProcessId}{Environment.NewLine}{e}{Environment.NewLine}");
        string where;
        try
        {
            File.WriteAllText(log, text);
            where = $"details in {log}";
        }
        catch (Exception w) when (StorageException.IsFileSystem(w))
        {
            // Without a log the trace must not be lost: print it whatever --verbose says.
            where = $"the log {log} could not be written ({w.Message})";
            verbose = true;
        }
        error.WriteLine($"error: internal error ({e.GetType().Name}: {OneLine(e.Message)}); {where}");
        if (verbose) error.WriteLine(e.ToString());
        return ExitCodes.InternalError;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
