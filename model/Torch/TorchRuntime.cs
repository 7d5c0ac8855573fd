using System.Runtime.InteropServices;
using TorchSharp;

namespace FFRepro.Model.Torch;

/// <summary>
/// Loads libtorch once per process and resolves the compute device. The only place that touches
/// process-wide torch state: the device is chosen once, at the edge.
/// </summary>
public static class TorchRuntime
{
    /// <summary>Environment variable naming the folder that holds <c>libtorch.so</c> for the external backend.</summary>
    public const string LibTorchVariable = "FFREPRO_LIBTORCH";

    /// <summary>Environment variable that, set to 1, lets CUDA matrix products use TF32 (about 3x faster on
    /// Ampere and later, 10-bit mantissa inputs). Off by default; recorded with every result.</summary>
    public const string Tf32Variable = "FFREPRO_TF32";

    /// <summary>Environment variable with the number of intra-op CPU threads libtorch may use (default 1).</summary>
    public const string ThreadsVariable = "FFREPRO_THREADS";

    private static readonly Lock Gate = new();
    private static bool _loaded;
    private static CpuDispatchFacts _dispatch = CpuDispatchFacts.None;

    /// <summary>How the CPU kernels of this process were chosen (<see cref="CpuDispatchFacts.None"/> before
    /// <see cref="EnsureLoaded"/>).</summary>
    public static CpuDispatchFacts Dispatch
    {
        get { lock (Gate) return _dispatch; }
    }

    /// <summary>
    /// Makes libtorch usable. First fixes the CPU kernel dispatch (<see cref="CpuDispatch"/>) and checks afterwards
    /// that libtorch uses it. When <c>FFREPRO_LIBTORCH</c> is set, that folder's <c>libtorch.so</c> is loaded first
    /// (the "bring your own libtorch" path used with a PyTorch install on GPU machines); otherwise the libtorch
    /// shipped next to the application is used. Throws <see cref="TorchUnavailableException"/> with the real cause
    /// when nothing loads.
    /// </summary>
    public static void EnsureLoaded()
    {
        lock (Gate)
        {
            if (_loaded) return;
            // Before anything loads libtorch: its kernel choice is fixed at the first dispatch of the process.
            var level = CpuDispatch.Requested();
            CpuDispatch.Pin(level);
            var external = Environment.GetEnvironmentVariable(LibTorchVariable);
            if (!string.IsNullOrWhiteSpace(external))
            {
                var lib = Path.Combine(external, "libtorch.so");
                if (!File.Exists(lib))
                    throw new TorchUnavailableException($"{LibTorchVariable}={external}: no libtorch.so in that folder.");
                try { NativeLibrary.Load(lib); }
                catch (DllNotFoundException e)
                {
                    throw new TorchUnavailableException($"{LibTorchVariable}: {lib} did not load ({e.Message}). Is LD_LIBRARY_PATH set to torch/lib and the nvidia/*/lib folders?");
                }
            }
            try
            {
                // Any cheap op forces TorchSharp to bind its native shim and libtorch.
                using var probe = torch.ones(1);
            }
            catch (Exception e) when (e is NotSupportedException or DllNotFoundException or TypeInitializationException)
            {
                throw new TorchUnavailableException(
                    "TorchSharp could not load its native libraries: " + e.Message +
                    " On Debian 12 / Ubuntu 22.04 the build marks GLIBCXX_3.4.32 weak in bin/libLibTorchSharp.so; run `make build` again, " +
                    "and check `ldd bin/.../libLibTorchSharp.so` for the real cause.", e);
            }
            // One intra-op thread by default: measured on the 2-core build machine, an elementwise op on a 200x784
            // tensor took 0.04 ms with 1 thread and 8 ms with 2 while another process used a core (OpenMP workers
            // wait at every barrier for a descheduled peer). The thread count changes low bits, so it is recorded.
            torch.set_num_threads(ThreadCount());
            _ = GatherLimitOverride();   // a bad value is reported here, before any work starts
            var dispatch = CpuDispatchFacts.Read(level);
            if (level != CpuDispatchLevel.Native && dispatch.Aten != "unknown"
                && !string.Equals(dispatch.Aten, CpuDispatch.Name(level), StringComparison.OrdinalIgnoreCase))
                throw new TorchUnavailableException(
                    $"{CpuDispatch.Variable}={dispatch.Requested} was set, but libtorch dispatches to {dispatch.Aten} kernels: " +
                    "a torch operation ran before FFRepro could pin the dispatch, so results would not be reproducible.");
            _dispatch = dispatch;
            _loaded = true;
        }
    }

    /// <summary>Threads from <see cref="ThreadsVariable"/>, or 1; a value that is not a positive integer is an error.</summary>
    public static int ThreadCount()
    {
        var text = Environment.GetEnvironmentVariable(ThreadsVariable);
        if (string.IsNullOrWhiteSpace(text)) return 1;
        return int.TryParse(text, out var n) && n >= 1
            ? n
            : throw new ModelInputException($"{ThreadsVariable}='{text}' is not a positive integer.");
    }

    /// <summary>
    /// Resolves a device request: <c>cpu</c>, <c>cuda</c> (an error when CUDA is unavailable, never a silent CPU run)
    /// or <c>auto</c> (CUDA when available, else CPU).
    /// </summary>
    public static torch.Device ResolveDevice(string request)
    {
        EnsureLoaded();
        switch (request.Trim().ToLowerInvariant())
        {
            case "cpu":
                return torch.CPU;
            case "cuda":
                if (!CudaAvailable())
                    throw new TorchUnavailableException("--device cuda was asked for, but CUDA is not available to this build (use the external backend with a CUDA libtorch, or TorchSharp-cuda-linux).");
                ApplyTf32();
                return torch.CUDA;
            case "auto":
                if (!CudaAvailable()) return torch.CPU;
                ApplyTf32();
                return torch.CUDA;
            default:
                throw new ModelInputException($"device '{request}' is unknown; use cpu, cuda or auto.");
        }
    }

    /// <summary>Environment variable overriding the optimizer's gather limit (elements; speed only, never results).</summary>
    public const string GatherLimitVariable = "FFREPRO_GATHER_LIMIT";

    /// <summary>The optimizer's gather limit from <see cref="GatherLimitVariable"/>, or null; a value that is not a
    /// number >= 0 is an error.</summary>
    public static long? GatherLimitOverride()
    {
        var text = Environment.GetEnvironmentVariable(GatherLimitVariable);
        if (string.IsNullOrWhiteSpace(text)) return null;
        return long.TryParse(text, out var limit) && limit >= 0
            ? limit
            : throw new ModelInputException($"{GatherLimitVariable}='{text}' is not a number of elements >= 0.");
    }

    /// <summary>Whether CUDA matrix products may use TF32 in this process (<see cref="Tf32Variable"/>).</summary>
    public static bool Tf32Requested => Environment.GetEnvironmentVariable(Tf32Variable) == "1";

    private static void ApplyTf32()
    {
        torch.backends.cuda.matmul.allow_tf32 = Tf32Requested;
        torch.backends.cudnn.allow_tf32 = Tf32Requested;
    }

    private static bool CudaAvailable()
    {
        try
        {
            torch.InitializeDeviceType(DeviceType.CUDA);
            return torch.cuda.is_available();
        }
        catch (Exception)
        {
            return false;
        }
    }
}
