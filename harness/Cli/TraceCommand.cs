using System.CommandLine;
using System.Globalization;
using FFRepro.Harness.Provenance;
using FFRepro.Harness.Results;
using FFRepro.Model.Torch;
using FFRepro.Model.Trace;
using TorchSharp;

namespace FFRepro.Harness.Cli;

/// <summary>
/// <c>ffrepro trace export|run</c>: one seed of the <c>paper</c> recipe, step by step, for checking the training step
/// against another implementation (tools/pytorch): <c>export</c> writes what a replay needs, <c>run</c> trains and writes
/// the per-step trace. Both use the same case options, so they describe the same run.
/// </summary>
public static class TraceCommand
{
    /// <summary>The command.</summary>
    public static Command Create() => new("trace", "Per-step traces of one run, for checking the training step against another implementation")
    {
        Sub("export", "Write a run's initial parameters, batch order, negative labels and evaluation negatives (.npz) for a replay elsewhere",
            (c, data, env, path) => $"wrote {ReplayExport.Write(c, data, env, path)} steps of {Describe(c)} to {path}"),
        Sub("run", "Train a run step by step and write its per-step trace, final parameters and epoch-end metrics (.npz)",
            (c, data, env, path) =>
            {
                var metrics = TraceRun.Write(c, data, env, path);
                var tail = metrics is null ? "" : string.Create(CultureInfo.InvariantCulture,
                    $"; epoch {c.Epochs} (step {metrics.Step}): classifier accuracy {metrics.Model.ClassifierAccuracy:0.0000}");
                return $"wrote the trace of {Describe(c)} to {path}{tail}";
            }),
    };

    private static Command Sub(string name, string description, Func<TraceCase, TraceData, IReadOnlyDictionary<string, string>, string, string> action)
    {
        var shape = new Option<string>("--shape") { Description = "DEPTHxWIDTH, e.g. 2x100", DefaultValueFactory = _ => "2x100" };
        var seed = new Option<long>("--seed") { Description = "Run seed", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Epochs of the run (the recipe's epochs, so the cool-down is that of a run this long)", DefaultValueFactory = _ => 1 };
        var steps = new Option<int>("--steps") { Description = "Trace only the first N steps (0: every step; the epoch-end evaluation needs every step)", DefaultValueFactory = _ => 0 };
        var dataset = new Option<string>("--dataset") { Description = "Data set", DefaultValueFactory = _ => "mnist10k" };
        var output = new Option<string>("--out") { Description = "Output .npz file", Required = true };
        var command = new Command(name, description) { shape, seed, epochs, steps, dataset, output };
        command.SetAction((p, _) => CliGuard.RunAsync(() =>
        {
            var (depth, width) = ParseShape(p.GetValue(shape)!);
            var c = new TraceCase(depth, width, p.GetValue(seed), p.GetValue(epochs), p.GetValue(steps), p.GetValue(dataset)!);
            if (c.Errors() is { Count: > 0 } errors) throw new BadInputException(string.Join("; ", errors));
            var path = p.GetValue(output)!;
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            if (!Directory.Exists(folder)) throw new BadInputException($"--out: folder {folder} does not exist");
            var data = LoadData(c.Dataset);
            TorchRuntime.EnsureLoaded();
            var env = EnvironmentCollector.Collect(TorchFacts.Of(torch.CPU)).ToMetadata()
                .ToDictionary(kv => kv.Key[ResultSchema.EnvironmentPrefix.Length..], kv => kv.Value);
            // libtorch picks CPU kernels by what the CPU offers unless this pins them; it changes low bits.
            env["aten_cpu_capability"] = Environment.GetEnvironmentVariable("ATEN_CPU_CAPABILITY") ?? "";
            Console.WriteLine(action(c, data, env, path));
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }

    private static TraceData LoadData(string name)
    {
        try
        {
            return TraceData.Load(name);
        }
        catch (Exception e) when (e is Model.Data.DataFormatException or InvalidDataException)
        {
            throw new BadInputException($"--dataset {name}: {e.Message}");
        }
    }

    private static string Describe(TraceCase c) => $"{c.Depth}x{c.Width} seed {c.Seed} ({c.Epochs} epoch(s), {c.Dataset})";

    /// <summary>"2x100" as (2, 100); throws <see cref="BadInputException"/> naming the option otherwise.</summary>
    public static (int Depth, int Width) ParseShape(string text)
    {
        var parts = text.Split('x');
        return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var d) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var w)
            ? (d, w)
            : throw new BadInputException($"--shape '{text}' is not DEPTHxWIDTH (e.g. 2x100)");
    }
}
