using System.Diagnostics;
using FFRepro.Model.Torch;
using TorchSharp;

namespace FFRepro.Harness.Provenance;

/// <summary>What the torch layer reports about itself, for provenance.</summary>
/// <param name="TorchSharpVersion">TorchSharp assembly version.</param>
/// <param name="LibTorchVersion">libtorch version.</param>
/// <param name="GpuName">GPU name when the device is CUDA, else empty.</param>
/// <param name="Threads">torch intra-op threads.</param>
/// <param name="Backend">Native backend in use: <c>cpu</c>, <c>cuda</c> or <c>external</c>; <c>+tf32</c> when CUDA matrix
/// products may use TF32 (FFREPRO_TF32=1).</param>
/// <param name="CpuDispatch">How the CPU kernels were chosen.</param>
public sealed record TorchFacts(string TorchSharpVersion, string LibTorchVersion, string GpuName, int Threads, string Backend, CpuDispatchFacts CpuDispatch)
{
    /// <summary>Facts for runs that never touch torch (specs, synthetic data).</summary>
    public static readonly TorchFacts None = new("none", "none", "", 1, "none", CpuDispatchFacts.None);

    /// <summary>Facts of the loaded torch for a resolved device.</summary>
    public static TorchFacts Of(torch.Device device)
    {
        var cuda = device.type == DeviceType.CUDA;
        var settings = TorchRuntime.Settings;
        var backend = (settings.LibTorchFolder is not null ? "external" : cuda ? "cuda" : "cpu") + (cuda && settings.Tf32 ? "+tf32" : "");
        return new TorchFacts(
            typeof(torch).Assembly.GetName().Version?.ToString() ?? "unknown",
            torch.__version__,
            cuda ? QueryGpuName() : "",
            torch.get_num_threads(),
            backend,
            TorchRuntime.Dispatch);
    }

    private static string QueryGpuName()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("nvidia-smi", "--query-gpu=name --format=csv,noheader")
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            });
            if (p is null) return "cuda";
            var name = p.StandardOutput.ReadToEnd().Split('\n')[0].Trim();
            p.WaitForExit(5000);
            return name.Length > 0 ? name : "cuda";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return "cuda";
        }
    }
}
