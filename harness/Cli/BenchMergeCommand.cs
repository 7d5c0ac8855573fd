using System.CommandLine;
using System.Globalization;
using FFRepro.Harness.Bench;

namespace FFRepro.Harness.Cli;

/// <summary><c>ffrepro bench merge</c>: time of <c>ffrepro merge</c> on a synthetic grid (<see cref="MergeBenchmark"/>).</summary>
public static class BenchMergeCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var runs = new Option<int>("--runs") { Description = "Synthetic runs", DefaultValueFactory = _ => 360 }.AtLeast(1);
        var epochs = new Option<int>("--epochs") { Description = "Epochs per run (curves hold epochs 0..N)", DefaultValueFactory = _ => 100 }.AtLeast(0);
        var layers = new Option<int>("--layers") { Description = "Layers per run", DefaultValueFactory = _ => 4 }.AtLeast(1);
        var folder = new Option<string?>("--folder") { Description = "Where to write the synthetic grid (default: a temporary folder, deleted after)" };
        var command = new Command("merge", "Time `ffrepro merge` on a synthetic grid (default: the paper grid's 360 runs x 101 epochs x 4 layers)")
        {
            runs, epochs, layers, folder,
        };
        command.SetAction((p, ct) => CliGuard.RunAsync(p.Error(), async () =>
        {
            if (p.GetValue(folder) is { } given) BenchFolders.Create(given);
            var result = await MergeBenchmark.RunAsync(p.GetValue(runs), p.GetValue(epochs), p.GetValue(layers), p.GetValue(folder), ct);
            p.Out().WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {result.Runs} run files ({result.CurvePoints} curve points, {result.Bytes / 1048576.0:0.0} MiB) in {result.WriteSeconds:0.00}s; merge took {result.MergeSeconds:0.00}s ({result.ReadSeconds:0.00}s reading and checking the run files)"));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
