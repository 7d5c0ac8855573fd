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
        var workloads = new Option<string>("--workloads") { Description = "Shapes DEPTHxWIDTH, comma-separated", DefaultValueFactory = _ => "2x100,3x1000,4x2000" };
        var seeds = new Option<int>("--seeds") { Description = "Seeds trained together in batched mode", DefaultValueFactory = _ => d.Seeds };
        var batches = new Option<int>("--batches") { Description = "Mini-batches of 100 per epoch", DefaultValueFactory = _ => d.Batches };
        var measured = new Option<int>("--measured") { Description = "Measured repetitions after one warm-up", DefaultValueFactory = _ => d.Measured };
        var modes = new Option<string>("--modes") { Description = "batched and/or single, comma-separated", DefaultValueFactory = _ => "batched,single" };
        var evalImages = new Option<int>("--eval-images") { Description = "Images per evaluation pass; 0 skips evaluation", DefaultValueFactory = _ => d.EvalImages };
        var schedule = new Option<string>("--schedule")
        {
            Description = "Evaluation schedule whose cost on the paper design (500 steps/epoch x 100 epochs, 10,000 test images) is reported",
            DefaultValueFactory = _ => d.Schedule,
        };
        var device = new Option<string>("--device") { Description = "cpu, cuda or auto", DefaultValueFactory = _ => "auto" };
        var json = new Option<string?>("--json") { Description = "Also write the results as JSON to this file" };
        var agreement = new Option<string?>("--agreement")
        {
            Description = "Instead: train one short run on the CPU and on this device (default auto) and print the largest metric difference",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var bench = new Command("bench", "Measure training throughput of the trainer's real epoch and evaluation")
        {
            workloads, seeds, batches, measured, modes, evalImages, schedule, device, json, agreement, Merge(), Overhead(),
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
        var ops = new Option<int>("--ops") { Description = "Operations per repetition", DefaultValueFactory = _ => 100_000 };
        var measured = new Option<int>("--measured") { Description = "Measured repetitions after one warm-up", DefaultValueFactory = _ => 5 };
        var device = new Option<string>("--device") { Description = "cpu, cuda or auto", DefaultValueFactory = _ => "auto" };
        var command = new Command("overhead", "Time issuing one small tensor operation as the trainer does (host cost per operation; on a GPU, the launch rate)")
        {
            ops, measured, device,
        };
        command.SetAction((p, _) => CliGuard.RunAsync(() =>
        {
            if (p.GetValue(ops) < 100 || p.GetValue(measured) < 1) throw new BadInputException("--ops must be >= 100 and --measured >= 1");
            var target = TorchRuntime.ResolveDevice(p.GetValue(device)!);
            var us = FFRepro.Model.Bench.OpOverheadBenchmark.MicrosecondsPerOp(target, p.GetValue(ops), p.GetValue(measured));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"op overhead on {target.type}: median {MathNet.Numerics.Statistics.Statistics.Median(us):0.00} us per operation (fastest {us.Min():0.00}; {p.GetValue(ops)} one-element adds, {us.Length} repetitions, {TorchRuntime.ThreadCount()} thread(s))"));
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }

    private static Command Merge()
    {
        var runs = new Option<int>("--runs") { Description = "Synthetic runs", DefaultValueFactory = _ => 360 };
        var epochs = new Option<int>("--epochs") { Description = "Epochs per run (curves hold epochs 0..N)", DefaultValueFactory = _ => 100 };
        var layers = new Option<int>("--layers") { Description = "Layers per run", DefaultValueFactory = _ => 4 };
        var folder = new Option<string?>("--folder") { Description = "Where to write the synthetic grid (default: a temporary folder, deleted after)" };
        var command = new Command("merge", "Time `ffrepro merge` on a synthetic grid (default: the paper grid's 360 runs x 101 epochs x 4 layers)")
        {
            runs, epochs, layers, folder,
        };
        command.SetAction((p, ct) => CliGuard.RunAsync(async () =>
        {
            var result = await MergeBenchmark.RunAsync(p.GetValue(runs), p.GetValue(epochs), p.GetValue(layers), p.GetValue(folder), ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {result.Runs} run files ({result.CurvePoints} curve points, {result.Bytes / 1048576.0:0.0} MiB) in {result.WriteSeconds:0.00}s; merge took {result.MergeSeconds:0.00}s ({result.ReadSeconds:0.00}s reading and checking the run files)"));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
