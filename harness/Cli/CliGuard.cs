using FFRepro.Harness.Design;
using FFRepro.Model.Torch;

namespace FFRepro.Harness.Cli;

/// <summary>Turns the exceptions that mean "bad input" into one clear message on stderr and exit code 2.</summary>
public static class CliGuard
{
    /// <summary>Runs <paramref name="action"/>, mapping bad-input exceptions to <see cref="ExitCodes.BadInput"/>; the
    /// messages go to <paramref name="error"/>.</summary>
    public static async Task<int> RunAsync(TextWriter error, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is GridSpecException or ArgumentException or TorchUnavailableException or UnauthorizedAccessException
                                      or FileNotFoundException or DirectoryNotFoundException or BadInputException)
        {
            await error.WriteLineAsync("error: " + e.Message);
            return ExitCodes.BadInput;
        }
        catch (IOException e)
        {
            // Full disk, read-only or vanished folder: files are renamed into place only when complete, so what is
            // stored is intact; say so instead of crashing with a stack trace.
            await error.WriteLineAsync("error: cannot write results (full disk or read-only folder?); stored results are intact: " + e.Message);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("interrupted; finished runs are stored, rerun the same command to resume.");
            return ExitCodes.Interrupted;
        }
    }
}
