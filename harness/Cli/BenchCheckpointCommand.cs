using System.CommandLine;
using FFRepro.Harness.Bench;
using FFRepro.Model.Torch;

namespace FFRepro.Harness.Cli;

/// <summary><c>ffrepro bench checkpoint</c>: time and size of one checkpoint of a seed batch (<see cref="CheckpointBench"/>).</summary>
public static class BenchCheckpointCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var workloads = new Option<string>("--workloads") { Description = "Shapes DEPTHxWIDTH, comma-separated", DefaultValueFactory = _ => "3x1000,4x2000" }
            .Parsed(BenchOptions.ParseWorkloads);
        var seeds = new Option<int>("--seeds") { Description = "Seeds in the batch", DefaultValueFactory = _ => 30 }.AtLeast(1);
        var images = new Option<int>("--images") { Description = "Training images of the data set (it is fingerprinted)", DefaultValueFactory = _ => 50000 }.AtLeast(100)
            .AtMost(BenchOptions.MaxImages, BenchOptions.ImagesBound);
        var measured = new Option<int>("--measured") { Description = "Measured repetitions after one warm-up", DefaultValueFactory = _ => 3 }.AtLeast(1);
        var folder = new Option<string>("--folder") { Description = "Where to write the checkpoints (deleted after); use the results folder's disk", DefaultValueFactory = _ => "results" };
        var device = new Option<string>("--device") { Description = "cpu, cuda or auto", DefaultValueFactory = _ => "auto" };
        var json = new Option<string?>("--json") { Description = "Also write the rows as JSON to this file" }.InExistingFolder();
        var command = new Command("checkpoint", "Time and size of one checkpoint of a seed batch (written atomically, then verified and restored)")
        {
            workloads, seeds, images, measured, folder, device, json,
        };
        command.SetAction((p, _) => CliGuard.RunAsync(p.Error(), () =>
        {
            var jsonPath = p.GetValue(json);
            var target = TorchRuntime.ResolveDevice(p.GetValue(device)!);
            BenchFolders.Create(p.GetValue(folder)!);
            var output = p.Out();
            output.WriteLine($"# ffrepro bench checkpoint on {target.type}, {p.GetValue(seeds)} seeds, folder {Path.GetFullPath(p.GetValue(folder)!)}");
            var rows = CheckpointBench.Run(BenchOptions.ParseWorkloads(p.GetValue(workloads)!), p.GetValue(seeds), p.GetValue(images), p.GetValue(measured),
                target, p.GetValue(folder)!, r => output.WriteLine(CheckpointBench.Format(r)));
            if (jsonPath is not null) BenchJson.Write(jsonPath, new { device = target.type.ToString(), rows });
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }
}
