using System.Text.Json;
using FFRepro.Harness.Provenance;
using FFRepro.Harness.Results;
using FFRepro.Model.Torch;
using TorchSharp;

namespace FFRepro.Harness.Bench;

/// <summary><c>ffrepro bench</c>: measures, prints a table, writes JSON with the environment it ran on.</summary>
public static class BenchCommand
{
    /// <summary>How every bench JSON file is written: indented, snake_case names.</summary>
    internal static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Runs the bench; returns the process exit code.</summary>
    public static int Run(BenchOptions options, string deviceRequest, string? jsonPath)
    {
        var device = TorchRuntime.ResolveDevice(deviceRequest);
        var environment = EnvironmentCollector.Collect(TorchFacts.Of(device)).ToMetadata()
            .ToDictionary(kv => kv.Key[ResultSchema.EnvironmentPrefix.Length..], kv => kv.Value);
        environment["device"] = device.type == DeviceType.CUDA ? $"cuda ({environment["gpu"]})" : "cpu";
        environment["started_utc"] = DateTime.UtcNow.ToString("O");
        Console.WriteLine($"# ffrepro bench on {environment["device"]}, {environment["threads"]} threads, {environment["cpu"]}, CPU kernels {environment["cpu_dispatch_aten"]}");
        Console.WriteLine("workload     shape     mode     seeds   median_ms   per_seed_ms   per_seed_min   samples/s");
        var results = BenchRunner.Run(options, device, r => Console.WriteLine(
            FormattableString.Invariant($"{r.Workload,-12} {r.Shape,-9} {r.Mode,-8} {r.Seeds,5} {r.MedianMs,11:F1} {r.PerSeedMs,13:F2} {r.PerSeedMinMs,14:F2} {r.SamplesPerSecond,11:F0}")));
        if (results.Overheads.Count > 0)
        {
            var o = results.Overheads[0];
            Console.WriteLine(FormattableString.Invariant(
                $"evaluation overhead of schedule '{o.Schedule}' on the design ({o.StepsPerEpoch} steps/epoch x {o.Epochs} epochs, {o.TestImages} test images per evaluation, {o.Points} evaluations per run):"));
            foreach (var r in results.Overheads)
                Console.WriteLine(FormattableString.Invariant(
                    $"  {r.Shape,-9} {r.Mode,-8} {r.Seeds,5} seeds: {r.Percent,6:F1}% of training ({r.TrainMsPerStep:F2} ms per step, {r.EvalMsPerImage:F3} ms per image)"));
        }
        environment["peak_rss_mib"] = BenchRunner.PeakResidentMiB().ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
        Console.WriteLine($"peak resident memory: {environment["peak_rss_mib"]} MiB");
        if (jsonPath is not null)
        {
            var rows = results.Rows;
            var overheads = results.Overheads;
            var json = JsonSerializer.Serialize(new { environment, options = new { options.Seeds, options.Batches, options.Measured, options.Modes, options.EvalImages, batch = 100, options.Schedule }, rows, overheads },
                JsonOptions);
            var tmp = jsonPath + ".tmp";
            File.WriteAllText(tmp, json);
            File.Move(tmp, jsonPath, overwrite: true);
        }
        return 0;
    }
}
