namespace FFRepro.Model.Torch;

/// <summary>The processor's instruction-set extensions that decide libtorch's, MKL's and oneDNN's kernel choice.</summary>
public static class CpuFeatures
{
    /// <summary>The flags recorded with every run, in this order (names as in /proc/cpuinfo).</summary>
    public static readonly IReadOnlyList<string> Relevant =
    [
        "avx", "avx2", "fma", "avx_vnni", "avx512f", "avx512dq", "avx512bw", "avx512vl", "avx512_vnni", "avx512_bf16",
        "avx512_fp16", "amx_tile", "amx_bf16", "amx_int8",
    ];

    /// <summary>What ATen needs for its AVX2 kernels.</summary>
    public static readonly IReadOnlyList<string> ForAvx2 = ["avx2", "fma"];

    /// <summary>What ATen needs for its AVX-512 kernels.</summary>
    public static readonly IReadOnlyList<string> ForAvx512 = ["avx512f", "avx512dq", "avx512bw", "avx512vl"];

    private static readonly Lazy<IReadOnlySet<string>> Flags = new(ReadFlags);

    /// <summary>Of <see cref="Relevant"/>, those this processor has; empty when they cannot be read (not x86-64 Linux).</summary>
    public static IReadOnlyList<string> Present() => Relevant.Where(Flags.Value.Contains).ToArray();

    /// <summary>Of <paramref name="needed"/>, those this processor lacks.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<string> needed) => needed.Where(f => !Flags.Value.Contains(f)).ToArray();

    private static IReadOnlySet<string> ReadFlags()
    {
        try
        {
            if (!File.Exists("/proc/cpuinfo")) return new HashSet<string>();
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("flags", StringComparison.Ordinal));
            return line is null ? new HashSet<string>() : line[(line.IndexOf(':') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        }
        catch (IOException)
        {
            return new HashSet<string>();
        }
    }
}
