using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using FFRepro.Model.Data;
using FFRepro.Model.Data.Fetch;

namespace FFRepro.Harness.Cli;

/// <summary>
/// <c>ffrepro data fetch mnist [--out folder]</c>: installs the verified full MNIST (bound by <see cref="DataCommand"/>).
/// </summary>
public static class DataFetchCommand
{
    /// <summary>
    /// Fetches into <paramref name="folder"/>, reporting on <paramref name="output"/> and <paramref name="error"/>. Returns 0 when installed or already there; 2 when no source can be used,
    /// a checksum differs, the folder holds something else or cannot be written (one <c>error:</c> line, nothing
    /// installed); 130 (Ctrl+C) or 143 (SIGTERM) when interrupted (nothing installed).
    /// </summary>
    public static async Task<int> RunAsync(string folder, TextWriter output, TextWriter error, IReadOnlyList<IDataSource>? sources = null,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        // Ctrl+C and SIGTERM cancel the fetch instead of ending the process at once, so that npm is stopped too and
        // the partial folder removed; a SIGKILL leaves the partial folder, which the next fetch removes.
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signalled = ExitCodes.Interrupted;
        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            signalled = context.Signal == PosixSignal.SIGTERM ? 143 : ExitCodes.Interrupted;
            interrupt.Cancel();
        }
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        try
        {
            var result = await MnistFetcher.FetchAsync(folder, sources, interrupt.Token);
            output.WriteLine(result.AlreadyInstalled
                ? $"MNIST is already in {result.Folder} (verified); nothing to do."
                : string.Create(CultureInfo.InvariantCulture,
                    $"installed MNIST (60,000 training + 10,000 test images, SHA-256 verified) from {result.Origin} in {result.Folder} in {clock.Elapsed.TotalSeconds:0.0} s."));
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is SourceUnavailableException or DataFormatException)
        {
            await error.WriteLineAsync("error: " + e.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: cannot install into {Path.GetFullPath(folder)} (full disk or read-only folder?); nothing was installed: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("interrupted; nothing was installed.");
            return signalled;
        }
    }
}
