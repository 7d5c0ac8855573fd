using System.Text.Json;
using FFRepro.Model.Torch;
using TorchSharp;

namespace FFRepro.Harness.Bench;

/// <summary><c>ffrepro bench</c>: measures, prints a table, writes JSON with the environment it ran on.</summary>
public static class BenchCommand
{
    /// <summary>Runs the bench; returns the process exit code.</summary>
    public static int Run(BenchOptions options, string deviceRequest, string? jsonPath)
    {
        var device = TorchRuntime.ResolveDevice(deviceRequest);
        var environment = new Dictionary<string, string>
        {
            ["device"] = device.type == DeviceType.CUDA ? $"cuda ({CudaName()})" : "cpu",
            ["threads"] = torch.get_num_threads().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["dotnet"] = Environment.Version.ToString(),
            ["torchsharp"] = typeof(torch).Assembly.GetName().Version?.ToString() ?? "unknown",
            ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
            ["cpu"] = CpuName(),
            ["host"] = Environment.MachineName,
            ["started_utc"] = DateTime.UtcNow.ToString("O"),
        };
        Console.WriteLine($"# ffrepro bench on {environment["device"]}, {environment["threads"]} threads, {environment["cpu"]}");
        Console.WriteLine("workload     shape     mode     seeds   median_ms   per_seed_ms   samples/s");
        var rows = BenchRunner.Run(options, device, r => Console.WriteLine(
            FormattableString.Invariant($"{r.Workload,-12} {r.Shape,-9} {r.Mode,-8} {r.Seeds,5} {r.MedianMs,11:F1} {r.PerSeedMs,13:F2} {r.SamplesPerSecond,11:F0}")));
        environment["peak_rss_mib"] = BenchRunner.PeakResidentMiB().ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
        Console.WriteLine($"peak resident memory: {environment["peak_rss_mib"]} MiB");
        if (jsonPath is not null)
        {
            var json = JsonSerializer.Serialize(new { environment, options = new { options.Seeds, options.Batches, options.Measured, options.Modes, options.EvalImages, batch = 100 }, rows },
                new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });
            var tmp = jsonPath + ".tmp";
            File.WriteAllText(tmp, json);
            File.Move(tmp, jsonPath, overwrite: true);
        }
        return 0;
    }

    private static string CudaName()
    {
        try
        {
            var psi = new System.Diagnostics.ProcessStartInfo("nvidia-smi", "--query-gpu=name --format=csv,noheader") { RedirectStandardOutput = true };
            using var p = System.Diagnostics.Process.Start(psi);
            return p?.StandardOutput.ReadToEnd().Trim().Split('\n')[0] ?? "unknown GPU";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown GPU";
        }
    }

    private static string CpuName() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : "unknown";
}
