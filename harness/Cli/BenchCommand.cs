using System.CommandLine;
using FFRepro.Harness.Bench;
using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;

namespace FFRepro.Harness.Cli;

/// <summary><c>ffrepro bench</c>: training throughput of the trainer's real epoch and evaluation
/// (<see cref="BenchRunner"/>), printed as a table and optionally written as JSON with the environment it ran on; its
/// subcommands time merge, the per-operation overhead, nesting and checkpoints.</summary>
public static class BenchCommand
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
            workloads, seeds, batches, measured, modes, evalImages, schedule, device, json, agreement,
            BenchMergeCommand.Create(), BenchOverheadCommand.Create(), BenchNestingCommand.Create(), BenchCheckpointCommand.Create(),
        };
        bench.SetAction((p, _) => CliGuard.RunAsync(p.Error(), () =>
        {
            if (p.GetResult(agreement) is not null)
            {
                var target = TorchRuntime.ResolveDevice(p.GetValue(agreement) ?? p.GetValue(device)!);
                var (diff, n) = DeviceAgreement.Compare(target);
                p.Out().WriteLine(FormattableString.Invariant($"cpu vs {target.type}: max |difference| over {n} metric values = {diff:E2}"));
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
            if (!EvaluationSchedule.TryParse(options.Schedule, out var parsed, out var scheduleError))
                throw new BadInputException($"--schedule: {scheduleError}");
            Run(options, p.GetValue(device)!, p.GetValue(json), p.Out());
            return Task.FromResult(ExitCodes.Ok);
        }));
        return bench;
    }

    // Measures, prints a table on output, writes the JSON with the environment it ran on.
    private static void Run(BenchOptions options, string deviceRequest, string? jsonPath, TextWriter output)
    {
        var device = TorchRuntime.ResolveDevice(deviceRequest);
        var environment = BenchEnvironment.Collect(device);
        output.WriteLine($"# ffrepro bench on {environment["device"]}, {environment["threads"]} threads, {environment["cpu"]}, CPU kernels {environment["cpu_dispatch_aten"]}");
        output.WriteLine("workload     shape     mode     seeds   median_ms   per_seed_ms   per_seed_min   samples/s");
        var results = BenchRunner.Run(options, device, r => output.WriteLine(
            FormattableString.Invariant($"{r.Workload,-12} {r.Shape,-9} {r.Mode,-8} {r.Seeds,5} {r.MedianMs,11:F1} {r.PerSeedMs,13:F2} {r.PerSeedMinMs,14:F2} {r.SamplesPerSecond,11:F0}")));
        if (results.Overheads.Count > 0)
        {
            var o = results.Overheads[0];
            output.WriteLine(FormattableString.Invariant(
                $"evaluation overhead of schedule '{o.Schedule}' on the design ({o.StepsPerEpoch} steps/epoch x {o.Epochs} epochs, {o.TestImages} test images per evaluation, {o.Points} evaluations per run):"));
            foreach (var r in results.Overheads)
                output.WriteLine(FormattableString.Invariant(
                    $"  {r.Shape,-9} {r.Mode,-8} {r.Seeds,5} seeds: {r.Percent,6:F1}% of training ({r.TrainMsPerStep:F2} ms per step, {r.EvalMsPerImage:F3} ms per image)"));
        }
        environment["peak_rss_mib"] = BenchRunner.PeakResidentMiB().ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
        output.WriteLine($"peak resident memory: {environment["peak_rss_mib"]} MiB");
        if (jsonPath is null) return;
        var rows = results.Rows;
        var overheads = results.Overheads;
        BenchJson.Write(jsonPath, new { environment, options = new { options.Seeds, options.Batches, options.Measured, options.Modes, options.EvalImages, batch = 100, options.Schedule }, rows, overheads });
    }
}
