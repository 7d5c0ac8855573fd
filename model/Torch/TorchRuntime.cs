using System.Runtime.InteropServices;
using TorchSharp;

namespace FFRepro.Model.Torch;

/// <summary>
/// Loads libtorch once per process and resolves the compute device. The only place that touches
/// process-wide torch state: the device is chosen once, at the edge.
/// </summary>
public static class TorchRuntime
{
    private static readonly Lock Gate = new();
    private static bool _loaded;
    private static TorchSettings? _settings;
    private static CpuDispatchFacts _dispatch = CpuDispatchFacts.None;

    /// <summary>The settings libtorch was loaded with; loads it (<see cref="EnsureLoaded()"/>) on first use.</summary>
    /// <exception cref="ModelInputException">An <c>FFREPRO_*</c> variable is not valid (first use only).</exception>
    public static TorchSettings Settings
    {
        get
        {
            EnsureLoaded();
            lock (Gate) return _settings!;
        }
    }

    /// <summary>How the CPU kernels of this process were chosen (<see cref="CpuDispatchFacts.None"/> before
    /// <see cref="EnsureLoaded()"/>).</summary>
    public static CpuDispatchFacts Dispatch
    {
        get { lock (Gate) return _dispatch; }
    }

    /// <summary>
    /// Makes libtorch usable with the settings of this process's environment (<see cref="TorchSettings.FromEnvironment"/>),
    /// read and validated on the first call; later calls return at once (libtorch's state is process-wide, and so are
    /// the settings). First fixes the CPU kernel dispatch (<see cref="CpuDispatch"/>) and checks afterwards that libtorch
    /// uses it. When <see cref="TorchSettings.LibTorchFolder"/> is set, that folder's <c>libtorch.so</c> is loaded first
    /// (the "bring your own libtorch" path used with a PyTorch install on GPU machines); otherwise the libtorch shipped
    /// next to the application is used.
    /// </summary>
    /// <exception cref="ModelInputException">An <c>FFREPRO_*</c> variable is not valid.</exception>
    /// <exception cref="TorchUnavailableException">libtorch did not load (the message and inner exception say why).</exception>
    public static void EnsureLoaded()
    {
        lock (Gate)
        {
            if (_loaded) return;
            Load(TorchSettings.FromEnvironment());
        }
    }

    private static void Load(TorchSettings settings)
    {
        // Before anything loads libtorch: its kernel choice is fixed at the first dispatch of the process.
        var level = settings.CpuDispatch;
        CpuDispatch.Pin(level);
        var external = settings.LibTorchFolder;
        if (external is not null)
        {
            var lib = Path.Combine(external, "libtorch.so");
            if (!File.Exists(lib))
                throw new TorchUnavailableException($"{TorchSettings.LibTorchVariable}={external}: no libtorch.so in that folder.");
            try { NativeLibrary.Load(lib); }
            catch (DllNotFoundException e)
            {
                throw new TorchUnavailableException($"{TorchSettings.LibTorchVariable}: {lib} did not load ({e.Message}). Is LD_LIBRARY_PATH set to torch/lib and the nvidia/*/lib folders?", e);
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
        torch.set_num_threads(settings.Threads);
        var dispatch = CpuDispatchFacts.Read(level);
        if (level != CpuDispatchLevel.Native && dispatch.Aten != "unknown"
            && !string.Equals(dispatch.Aten, CpuDispatch.Name(level), StringComparison.OrdinalIgnoreCase))
            throw new TorchUnavailableException(
                $"{CpuDispatch.Variable}={dispatch.Requested} was set, but libtorch dispatches to {dispatch.Aten} kernels: " +
                "a torch operation ran before FFRepro could pin the dispatch, so results would not be reproducible.");
        _dispatch = dispatch;
        _settings = settings;
        _loaded = true;
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
                if (!CudaAvailable(out var cause))
                    throw new TorchUnavailableException("--device cuda was asked for, but CUDA is not available to this build (use the external backend with a CUDA libtorch, or TorchSharp-cuda-linux)."
                        + (cause is null ? "" : $" CUDA start-up failed: {cause.GetType().Name}: {OneLine(cause.Message)}"), cause);
                ApplyTf32();
                return torch.CUDA;
            case "auto":
                if (!CudaAvailable(out _)) return torch.CPU;   // auto: a CUDA start-up failure means CPU
                ApplyTf32();
                return torch.CUDA;
            default:
                throw new ModelInputException($"device '{request}' is unknown; use cpu, cuda or auto.");
        }
    }

    private static void ApplyTf32()
    {
        var tf32 = Settings.Tf32;
        torch.backends.cuda.matmul.allow_tf32 = tf32;
        torch.backends.cudnn.allow_tf32 = tf32;
    }

    /// <summary>A native message on one line (TorchSharp appends a multi-line load trace), for a one-line error.</summary>
    private static string OneLine(string message) =>
        string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Whether CUDA is usable; when starting it threw, false with the exception in <paramref name="cause"/>,
    /// which a <c>cuda</c> request reports (the native library's message is often the only clue).</summary>
    private static bool CudaAvailable(out Exception? cause)
    {
        cause = null;
        try
        {
            torch.InitializeDeviceType(DeviceType.CUDA);
            return torch.cuda.is_available();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            cause = e;
            return false;
        }
    }
}
