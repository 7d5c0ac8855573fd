using System.Diagnostics;
using System.Globalization;
using FFRepro.Model.Data;
using FFRepro.Model.Data.Fetch;

namespace FFRepro.Harness.Cli;

/// <summary>
/// <c>ffrepro data fetch mnist [--out folder]</c>: installs the verified full MNIST (bound by <see cref="DataCommand"/>).
/// </summary>
public static class DataFetchCommand
{
    /// <summary>
    /// Fetches into <paramref name="folder"/>. Returns 0 when installed or already there; 2 when no source can be used,
    /// a checksum differs, the folder holds something else or cannot be written (one <c>error:</c> line, nothing
    /// installed); 130 when interrupted (nothing installed).
    /// </summary>
    public static async Task<int> RunAsync(string folder, CancellationToken cancellationToken = default, IReadOnlyList<IDataSource>? sources = null)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var result = await MnistFetcher.FetchAsync(folder, sources, cancellationToken);
            Console.WriteLine(result.AlreadyInstalled
                ? $"MNIST is already in {result.Folder} (verified); nothing to do."
                : string.Create(CultureInfo.InvariantCulture,
                    $"installed MNIST (60,000 training + 10,000 test images, SHA-256 verified) from {result.Origin} in {result.Folder} in {clock.Elapsed.TotalSeconds:0.0} s."));
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is SourceUnavailableException or DataFormatException)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: cannot install into {Path.GetFullPath(folder)} (full disk or read-only folder?); nothing was installed: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("interrupted; nothing was installed.");
            return ExitCodes.Interrupted;
        }
    }
}
