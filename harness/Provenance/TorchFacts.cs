namespace FFRepro.Harness.Provenance;

/// <summary>What the torch layer reports about itself, for provenance.</summary>
/// <param name="TorchSharpVersion">TorchSharp assembly version.</param>
/// <param name="LibTorchVersion">libtorch version.</param>
/// <param name="GpuName">GPU name when the device is CUDA, else empty.</param>
/// <param name="Threads">torch intra-op threads.</param>
/// <param name="Backend">Native backend in use: <c>cpu</c>, <c>cuda</c> or <c>external</c>.</param>
public sealed record TorchFacts(string TorchSharpVersion, string LibTorchVersion, string GpuName, int Threads, string Backend)
{
    /// <summary>Facts for runs that never touch torch (specs, synthetic data).</summary>
    public static readonly TorchFacts None = new("none", "none", "", 1, "none");
}
