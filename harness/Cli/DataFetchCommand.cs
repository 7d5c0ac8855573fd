using FFRepro.Model.Data;
using FFRepro.Model.Data.Fetch;

namespace FFRepro.Harness.Cli;

/// <summary>
/// <c>ffrepro data fetch mnist [--out data/mnist]</c>: downloads and verifies the full MNIST (bound by <see cref="DataCommand"/>).
/// </summary>
public static class DataFetchCommand
{
    /// <summary>Fetches into <paramref name="folder"/>; returns 0 on success, 1 when offline or a download is corrupt.</summary>
    public static async Task<int> RunAsync(string folder)
    {
        try
        {
            await MnistFetcher.FetchAsync(folder);
            Console.WriteLine($"MNIST is in {folder}.");
            return 0;
        }
        catch (Exception e) when (e is IOException or DataFormatException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
