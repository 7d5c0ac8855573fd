using System.CommandLine;
using System.Globalization;
using FFRepro.Harness.Bench;
using FFRepro.Model.Torch;

namespace FFRepro.Harness.Cli;

/// <summary><c>ffrepro bench nesting</c>: every depth trained separately against one nested network of the deepest
/// depth (<see cref="NestingBench"/>).</summary>
public static class BenchNestingCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var widths = new Option<string>("--widths") { Description = "Widths, comma-separated", DefaultValueFactory = _ => "100,1000,2000" };
        var depths = new Option<string>("--depths") { Description = "Depths trained nested, comma-separated", DefaultValueFactory = _ => "2,3,4" };
        var seeds = new Option<int>("--seeds") { Description = "Seeds trained together", DefaultValueFactory = _ => 30 }.AtLeast(1);
        var batches = new Option<int>("--batches") { Description = "Mini-batches of 100 per epoch", DefaultValueFactory = _ => 500 }.AtLeast(1)
            .AtMost(BenchOptions.MaxBatches, BenchOptions.ImagesBound);
        var evalImages = new Option<int>("--eval-images") { Description = "Images per evaluation pass; 0 times training alone", DefaultValueFactory = _ => 10000 }.AtLeast(0)
            .AtMost(BenchOptions.MaxImages, BenchOptions.ImagesBound);
        var measured = new Option<int>("--measured") { Description = "Measured repetitions after one warm-up", DefaultValueFactory = _ => 3 }.AtLeast(1);
        var device = new Option<string>("--device") { Description = "cpu, cuda or auto", DefaultValueFactory = _ => "auto" };
        var json = new Option<string?>("--json") { Description = "Also write the rows as JSON to this file" }.InExistingFolder();
        var command = new Command("nesting", "Time an epoch and an evaluation of every depth trained separately against one nested network of the deepest depth")
        {
            widths, depths, seeds, batches, evalImages, measured, device, json,
        };
        command.SetAction((p, _) => CliGuard.RunAsync(p.Error(), () =>
        {
            var w = Ints(p.GetValue(widths)!, "--widths");
            var d = Ints(p.GetValue(depths)!, "--depths");
            if (!d.Zip(d.Skip(1)).All(pair => pair.First < pair.Second))
                throw new BadInputException($"--depths: '{p.GetValue(depths)}' must be distinct and ascending, e.g. 2,3,4");
            var jsonPath = p.GetValue(json);
            var target = TorchRuntime.ResolveDevice(p.GetValue(device)!);
            var output = p.Out();
            output.WriteLine($"# ffrepro bench nesting on {target.type}, {TorchRuntime.Settings.Threads} thread(s): depths {string.Join(",", d)}, {p.GetValue(seeds)} seeds, {p.GetValue(batches)} batches, {p.GetValue(evalImages)} eval images");
            var rows = NestingBench.Run(w, d, p.GetValue(seeds), p.GetValue(batches), p.GetValue(evalImages), p.GetValue(measured), target, r => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"width {r.Width,5}: separate {r.SeparateMs,10:F0} ms ({string.Join(" + ", r.PerDepthMs.Select(x => x.ToString("F0", CultureInfo.InvariantCulture)))}), nested {r.NestedMs,10:F0} ms, saving {r.Saving:0.00}x (per round {string.Join(", ", r.RoundSavings.Select(x => x.ToString("0.00", CultureInfo.InvariantCulture)))})")));
            if (jsonPath is not null) BenchJson.Write(jsonPath, new { device = target.type.ToString(), threads = TorchRuntime.Settings.Threads, rows });
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }

    private static int[] Ints(string text, string option) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(x => int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= 1 ? v : throw new BadInputException($"{option}: '{x}' is not an integer >= 1"))
        .ToArray() is { Length: > 0 } values ? values : throw new BadInputException($"{option}: give at least one value");
}
