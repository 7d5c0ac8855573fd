using FFRepro.Harness.Results;

namespace FFRepro.Harness.Provenance;

/// <summary>
/// What must be equal, besides the grid spec (seed, recipe, seed batch), for two result sets to be bit-identical:
/// the libtorch version, the device (CPU, or the GPU's name), the intra-op thread count and the CPU kernel level
/// libtorch dispatched to. Read from the <c>ffrepro.env.*</c> provenance of a run or merged file; a key that the
/// file does not record reads <c>unrecorded</c>, so sets made before the level was recorded never count as equal.
/// </summary>
/// <param name="LibTorch">libtorch version.</param>
/// <param name="Device">The GPU's name, or <c>cpu</c>.</param>
/// <param name="Threads">Intra-op threads.</param>
/// <param name="CpuDispatch">The kernel level libtorch reported (e.g. <c>AVX2</c>).</param>
public sealed record ReproductionKey(string LibTorch, string Device, string Threads, string CpuDispatch)
{
    private const string Unrecorded = "unrecorded";

    /// <summary>The key of a file's key-value metadata.</summary>
    public static ReproductionKey Of(IReadOnlyDictionary<string, string> metadata)
    {
        string Get(string key) => metadata.TryGetValue(ResultSchema.EnvironmentPrefix + key, out var v) ? v : Unrecorded;
        var gpu = Get("gpu");
        return new ReproductionKey(Get("libtorch"), gpu is "" ? "cpu" : gpu, Get("threads"), Get("cpu_dispatch_aten"));
    }

    /// <summary>Whether nothing in the key is unrecorded or mixed (a merged file lists distinct values joined by <c>; </c>).</summary>
    public bool IsComplete => new[] { LibTorch, Device, Threads, CpuDispatch }.All(v => v != Unrecorded && !v.Contains(';', StringComparison.Ordinal));

    /// <inheritdoc />
    public override string ToString() => $"libtorch {LibTorch}, device {Device}, {Threads} thread(s), CPU kernels {CpuDispatch}";
}
