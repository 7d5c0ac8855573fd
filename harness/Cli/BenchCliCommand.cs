using System.CommandLine;
using System.Globalization;
using FFRepro.Harness.Bench;
using FFRepro.Model.Torch;

namespace FFRepro.Harness.Cli;

/// <summary><c>ffrepro bench</c> (training throughput, <see cref="BenchCommand"/>) and <c>ffrepro bench merge</c>
/// (merge time on a synthetic grid, <see cref="MergeBenchmark"/>).</summary>
public static class BenchCliCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var d = BenchOptions.Default;
        var workloads = new Option<string>("--workloads") { Description = "Shapes DEPTHxWIDTH, comma-separated", DefaultValueFactory = _ => "2x100,3x1000,4x2000" }
            .Parsed(BenchOptions.ParseWorkloads);
        var seeds = new Option<int>("--seeds") { Description = "Seeds trained together in batched mode", DefaultValueFactory = _ => d.Seeds }.AtLeast(1);
        var batches = new Option<int>("--batches") { Description = "Mini-batches of 100 per epoch", DefaultValueFactory = _ => d.Batches }.AtLeast(1)
            .AtMost(BenchOptions.MaxBatches, BenchOptions.ImagesBound);
        var measured = new Option<int>("--measured") { Description = "Measured repetitions after one warm-up", DefaultValueFactory = _ => d.Measured }.AtLeast(1);
        var modes = new Option<string>("--modes") { Description = "batched and/or single, comma-separated", DefaultValueFactory = _ => "batched,single" }.ListOf("batched", "single");
        var evalImages = new Option<int>("--eval-images") { Description = "Images per evaluation pass; 0 skips evaluation", DefaultValueFactory = _ => d.EvalImages }.AtLeast(0)
            .AtMost(BenchOptions.MaxImages, BenchOptions.ImagesBound);
        var schedule = new Option<string>("--schedule")
        {
            Description = "Evaluation schedule whose cost on the paper design (500 steps/epoch x 100 epochs, 10,000 test images) is reported",
            DefaultValueFactory = _ => d.Schedule,
        };
        var device = new Option<string>("--device") { Description = "cpu, cuda or auto", DefaultValueFactory = _ => "auto" };
        var json = new Option<string?>("--json") { Description = "Also write the results as JSON to this file" }.InExistingFolder();
        var agreement = new Option<string?>("--agreement")
        {
            Description = "Instead: train one short run on the CPU and on this device (default auto) and print the largest metric difference",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var bench = new Command("bench", "Measure training throughput of the trainer's real epoch and evaluation")
        {
            workloads, seeds, batches, measured, modes, evalImages, schedule, device, json, agreement, Merge(), Overhead(), Nesting(), Checkpoint(),
        };
        bench.SetAction((p, _) => CliGuard.RunAsync(() =>
        {
            if (p.GetResult(agreement) is not null)
            {
                var target = TorchRuntime.ResolveDevice(p.GetValue(agreement) ?? p.GetValue(device)!);
                var (diff, n) = DeviceAgreement.Compare(target);
                Console.WriteLine(FormattableString.Invariant($"cpu vs {target.type}: max |difference| over {n} metric values = {diff:E2}"));
                return Task.FromResult(ExitCodes.Ok);
            }
            var options = d with
            {
                Workloads = BenchOptions.ParseWorkloads(p.GetValue(workloads)!),
                Seeds = p.GetValue(seeds),
                Batches = p.GetValue(batches),
                Measured = p.GetValue(measured),
                Modes = p.GetValue(modes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                EvalImages = p.GetValue(evalImages),
                Schedule = p.GetValue(schedule)!,
            };
            if (!FFRepro.Model.Recipes.EvaluationSchedule.TryParse(options.Schedule, out var parsed, out var scheduleError))
                throw new BadInputException($"--schedule: {scheduleError}");
            return Task.FromResult(BenchCommand.Run(options, p.GetValue(device)!, p.GetValue(json)));
        }));
        return bench;
    }

    private static Command Overhead()
    {
        var ops = new Option<int>("--ops") { Description = "Operations per repetition", DefaultValueFactory = _ => 100_000 }.AtLeast(100);
        var measured = new Option<int>("--measured") { Description = "Measured repetitions after one warm-up", DefaultValueFactory = _ => 5 }.AtLeast(1);
        var device = new Option<string>("--device") { Description = "cpu, cuda or auto", DefaultValueFactory = _ => "auto" };
        var command = new Command("overhead", "Time issuing one small tensor operation as the trainer does (host cost per operation; on a GPU, the launch rate)")
        {
            ops, measured, device,
        };
        command.SetAction((p, _) => CliGuard.RunAsync(() =>
        {
            var target = TorchRuntime.ResolveDevice(p.GetValue(device)!);
            var us = FFRepro.Model.Bench.OpOverheadBenchmark.MicrosecondsPerOp(target, p.GetValue(ops), p.GetValue(measured));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"op overhead on {target.type}: median {MathNet.Numerics.Statistics.Statistics.Median(us):0.00} us per operation (fastest {us.Min():0.00}; {p.GetValue(ops)} one-element adds, {us.Length} repetitions, {TorchRuntime.ThreadCount()} thread(s))"));
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }

    private static Command Nesting()
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
        command.SetAction((p, _) => CliGuard.RunAsync(() =>
        {
            var w = Ints(p.GetValue(widths)!, "--widths");
            var d = Ints(p.GetValue(depths)!, "--depths");
            if (!d.Zip(d.Skip(1)).All(pair => pair.First < pair.Second))
                throw new BadInputException($"--depths: '{p.GetValue(depths)}' must be distinct and ascending, e.g. 2,3,4");
            var target = TorchRuntime.ResolveDevice(p.GetValue(device)!);
            Console.WriteLine($"# ffrepro bench nesting on {target.type}, {TorchRuntime.ThreadCount()} thread(s): depths {string.Join(",", d)}, {p.GetValue(seeds)} seeds, {p.GetValue(batches)} batches, {p.GetValue(evalImages)} eval images");
            var rows = NestingBench.Run(w, d, p.GetValue(seeds), p.GetValue(batches), p.GetValue(evalImages), p.GetValue(measured), target, r => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"width {r.Width,5}: separate {r.SeparateMs,10:F0} ms ({string.Join(" + ", r.PerDepthMs.Select(x => x.ToString("F0", CultureInfo.InvariantCulture)))}), nested {r.NestedMs,10:F0} ms, saving {r.Saving:0.00}x (per round {string.Join(", ", r.RoundSavings.Select(x => x.ToString("0.00", CultureInfo.InvariantCulture)))})")));
            WriteJson(p.GetValue(json), new { device = target.type.ToString(), threads = TorchRuntime.ThreadCount(), rows });
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }

    private static Command Checkpoint()
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
        command.SetAction((p, _) => CliGuard.RunAsync(() =>
        {
            var target = TorchRuntime.ResolveDevice(p.GetValue(device)!);
            CreateFolder(p.GetValue(folder)!);
            Console.WriteLine($"# ffrepro bench checkpoint on {target.type}, {p.GetValue(seeds)} seeds, folder {Path.GetFullPath(p.GetValue(folder)!)}");
            var rows = CheckpointBench.Run(BenchOptions.ParseWorkloads(p.GetValue(workloads)!), p.GetValue(seeds), p.GetValue(images), p.GetValue(measured),
                target, p.GetValue(folder)!, r => Console.WriteLine(CheckpointBench.Format(r)));
            WriteJson(p.GetValue(json), new { device = target.type.ToString(), rows });
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }

    private static int[] Ints(string text, string option) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(x => int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= 1 ? v : throw new BadInputException($"{option}: '{x}' is not an integer >= 1"))
        .ToArray() is { Length: > 0 } values ? values : throw new BadInputException($"{option}: give at least one value");

    private static void CreateFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"--folder: cannot create {Path.GetFullPath(folder)}: {e.Message}");
        }
    }

    private static void WriteJson(string? path, object value)
    {
        if (path is null) return;
        var json = System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(value, BenchCommand.JsonOptions));
        Results.AtomicFile.Write(path, s => s.Write(json));
    }

    private static Command Merge()
    {
        var runs = new Option<int>("--runs") { Description = "Synthetic runs", DefaultValueFactory = _ => 360 }.AtLeast(1);
        var epochs = new Option<int>("--epochs") { Description = "Epochs per run (curves hold epochs 0..N)", DefaultValueFactory = _ => 100 }.AtLeast(0);
        var layers = new Option<int>("--layers") { Description = "Layers per run", DefaultValueFactory = _ => 4 }.AtLeast(1);
        var folder = new Option<string?>("--folder") { Description = "Where to write the synthetic grid (default: a temporary folder, deleted after)" };
        var command = new Command("merge", "Time `ffrepro merge` on a synthetic grid (default: the paper grid's 360 runs x 101 epochs x 4 layers)")
        {
            runs, epochs, layers, folder,
        };
        command.SetAction((p, ct) => CliGuard.RunAsync(async () =>
        {
            if (p.GetValue(folder) is { } given) CreateFolder(given);
            var result = await MergeBenchmark.RunAsync(p.GetValue(runs), p.GetValue(epochs), p.GetValue(layers), p.GetValue(folder), ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {result.Runs} run files ({result.CurvePoints} curve points, {result.Bytes / 1048576.0:0.0} MiB) in {result.WriteSeconds:0.00}s; merge took {result.MergeSeconds:0.00}s ({result.ReadSeconds:0.00}s reading and checking the run files)"));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
