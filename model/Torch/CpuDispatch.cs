using System.Runtime.InteropServices;

namespace FFRepro.Model.Torch;

/// <summary>
/// Fixes the CPU kernel dispatch of libtorch (ATen), MKL and oneDNN to one instruction-set level before libtorch
/// loads, so that the same seed, thread count and level give bit-identical results on any x86-64 machine that has
/// the level, and reads back the level ATen actually chose.
/// </summary>
public static class CpuDispatch
{
    /// <summary>Environment variable choosing the level: <c>avx2</c> (default on x86-64), <c>avx512</c> or <c>native</c>.</summary>
    public const string Variable = "FFREPRO_CPU_CAPABILITY";

    /// <summary>
    /// The level a value of <see cref="Variable"/> names, checked against this processor: null or blank means
    /// <c>avx2</c> on x86-64 and <c>native</c> elsewhere (the levels name x86 instruction sets). A value that is not a
    /// level, or a level this processor lacks, is an error. <see cref="TorchSettings"/> reads the variable.
    /// </summary>
    public static CpuDispatchLevel Parse(string? value) =>
        Parse(value, RuntimeInformation.ProcessArchitecture == Architecture.X64, CpuFeatures.Missing);

    /// <summary><see cref="Parse(string?)"/> for a processor described by <paramref name="x64"/> and <paramref name="missing"/>
    /// (which of the given flags it lacks).</summary>
    internal static CpuDispatchLevel Parse(string? value, bool x64, Func<IEnumerable<string>, IReadOnlyList<string>> missing)
    {
        var text = value?.Trim().ToLowerInvariant();
        var level = text switch
        {
            null or "" => x64 ? CpuDispatchLevel.Avx2 : CpuDispatchLevel.Native,
            "avx2" => CpuDispatchLevel.Avx2,
            "avx512" => CpuDispatchLevel.Avx512,
            "native" => CpuDispatchLevel.Native,
            _ => throw new ModelInputException($"{Variable}='{text}' is not a CPU dispatch level; use avx2, avx512 or native."),
        };
        if (level == CpuDispatchLevel.Native) return level;
        if (!x64)
            throw new ModelInputException($"{Variable}={Name(level)} names an x86-64 instruction set, but this is not an x86-64 process; use native.");
        var lacking = missing(level == CpuDispatchLevel.Avx2 ? CpuFeatures.ForAvx2 : CpuFeatures.ForAvx512);
        if (lacking.Count > 0)
            throw new ModelInputException($"{Variable}={Name(level)}, but this CPU lacks {string.Join(", ", lacking)}; " +
                                        $"set {Variable}=native (results are then bit-identical only to runs of the same level).");
        return level;
    }

    /// <summary>The lower-case name used in <see cref="Variable"/> and in provenance.</summary>
    public static string Name(CpuDispatchLevel level) => level.ToString().ToLowerInvariant();

    /// <summary>
    /// The native settings that fix <paramref name="level"/>: ATen's <c>ATEN_CPU_CAPABILITY</c>, MKL's
    /// <c>MKL_ENABLE_INSTRUCTIONS</c> and oneDNN's <c>ONEDNN_MAX_CPU_ISA</c>; none for <see cref="CpuDispatchLevel.Native"/>.
    /// </summary>
    public static IReadOnlyList<(string Name, string Value)> Settings(CpuDispatchLevel level) => level switch
    {
        CpuDispatchLevel.Avx2 => [("ATEN_CPU_CAPABILITY", "avx2"), ("MKL_ENABLE_INSTRUCTIONS", "AVX2"), ("ONEDNN_MAX_CPU_ISA", "AVX2")],
        CpuDispatchLevel.Avx512 => [("ATEN_CPU_CAPABILITY", "avx512"), ("MKL_ENABLE_INSTRUCTIONS", "AVX512"), ("ONEDNN_MAX_CPU_ISA", "AVX512_CORE")],
        _ => [],
    };

    /// <summary>Names of every native setting this class may write (recorded with their values, set or not).</summary>
    public static readonly IReadOnlyList<string> SettingNames = ["ATEN_CPU_CAPABILITY", "MKL_ENABLE_INSTRUCTIONS", "ONEDNN_MAX_CPU_ISA"];

    /// <summary>Writes the settings of <paramref name="level"/> into the native environment. The libraries read them once,
    /// at their first kernel dispatch, so this must run before the first torch operation of the process.</summary>
    public static void Pin(CpuDispatchLevel level)
    {
        foreach (var (name, value) in Settings(level)) NativeEnvironment.Set(name, value);
    }

    /// <summary>
    /// The kernel level ATen dispatches to in this process (<c>DEFAULT</c>, <c>AVX2</c>, <c>AVX512</c>), as
    /// <c>at::get_cpu_capability()</c> reports it, or <c>unknown</c> when this libtorch does not export it.
    /// Call after libtorch has loaded.
    /// </summary>
    /// <remarks>TorchSharp does not wrap this function (PyTorch's <c>torch.backends.cpu.get_cpu_capability</c>), so it is
    /// called through its exported C++ symbol: it returns a libstdc++ <c>std::string</c> by value, i.e. through a hidden
    /// pointer to a 32-byte object whose first two words are the character pointer and the length.</remarks>
    public static string AtenCapability()
    {
        if (!NativeLibrary.TryLoad("libtorch_cpu.so", out var lib)) return "unknown";
        try
        {
            if (!NativeLibrary.TryGetExport(lib, "_ZN2at18get_cpu_capabilityB5cxx11Ev", out var symbol)) return "unknown";
            var call = Marshal.GetDelegateForFunctionPointer<StringByValue>(symbol);
            var result = Marshal.AllocHGlobal(32);
            try
            {
                call(result);
                var chars = Marshal.ReadIntPtr(result);
                var length = Marshal.ReadInt64(result, 8);
                // Short strings (all capability names) live inside the object; a longer one's buffer is left to the process.
                return length is > 0 and < 64 ? Marshal.PtrToStringUTF8(chars, (int)length) : "unknown";
            }
            finally { Marshal.FreeHGlobal(result); }
        }
        finally { NativeLibrary.Free(lib); }
    }

    /// <summary>MKL's version string as the loaded libtorch reports it, or <c>none</c> when it has no MKL.</summary>
    public static string MklVersion()
    {
        if (!NativeLibrary.TryLoad("libtorch_cpu.so", out var lib)) return "unknown";
        try
        {
            if (!NativeLibrary.TryGetExport(lib, "MKL_Get_Version_String", out var symbol)) return "none";
            var call = Marshal.GetDelegateForFunctionPointer<VersionString>(symbol);
            var buffer = Marshal.AllocHGlobal(256);
            try
            {
                call(buffer, 256);
                return Marshal.PtrToStringUTF8(buffer)?.Trim() ?? "unknown";
            }
            finally { Marshal.FreeHGlobal(buffer); }
        }
        finally { NativeLibrary.Free(lib); }
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr StringByValue(IntPtr result);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void VersionString(IntPtr buffer, int length);
}
