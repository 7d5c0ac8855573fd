using FFRepro.Model.Torch;

namespace FFRepro.Harness.Provenance;

/// <summary>Where and with what a result was produced (every artifact says where it came from). Every Parquet file carries it as key-value metadata.</summary>
/// <param name="GitCommit">Commit of the checkout the process ran in (read at run time), or <c>unknown</c>.</param>
/// <param name="GitDirty">Whether that checkout had uncommitted changes; null when unknown.</param>
/// <param name="BuildCommit">Commit the running binaries were built from (stamped into the assembly by the build), or
/// <c>unknown</c>. It differs from <paramref name="GitCommit"/> when a binary built earlier runs in a newer checkout.</param>
/// <param name="DotNet">.NET runtime version.</param>
/// <param name="TorchSharp">TorchSharp assembly version.</param>
/// <param name="LibTorch">libtorch version.</param>
/// <param name="Os">Operating system description.</param>
/// <param name="Cpu">CPU model name.</param>
/// <param name="Gpu">GPU name when CUDA is used, else empty.</param>
/// <param name="Threads">Threads torch uses for intra-op parallelism.</param>
/// <param name="Host">Host name.</param>
/// <param name="CpuDispatch">How the CPU kernels were chosen: the level asked for, the level libtorch reports, the
/// processor's instruction-set flags, the native dispatch settings and MKL's version.</param>
public sealed record RunEnvironment(
    string GitCommit,
    bool? GitDirty,
    string BuildCommit,
    string DotNet,
    string TorchSharp,
    string LibTorch,
    string Os,
    string Cpu,
    string Gpu,
    int Threads,
    string Host,
    CpuDispatchFacts CpuDispatch)
{
    /// <summary>A fixed environment for machine-independent snapshots (fixed values, no machine facts).</summary>
    public static readonly RunEnvironment Fixed = new("0000000", false, "0000000", "10.0.0", "0.107.0", "2.10.0", "Linux", "cpu", "", 1, "host",
        new CpuDispatchFacts("avx2", "AVX2", "avx avx2 fma", "ATEN_CPU_CAPABILITY=avx2 MKL_ENABLE_INSTRUCTIONS=AVX2 ONEDNN_MAX_CPU_ISA=AVX2", "none"));

    /// <summary>The environment as <c>ffrepro.env.*</c> key-value pairs.</summary>
    public IReadOnlyDictionary<string, string> ToMetadata() => new Dictionary<string, string>
    {
        ["ffrepro.env.git_commit"] = GitCommit,
        ["ffrepro.env.git_dirty"] = GitDirty switch { true => "true", false => "false", null => "unknown" },
        ["ffrepro.env.build_commit"] = BuildCommit,
        ["ffrepro.env.dotnet"] = DotNet,
        ["ffrepro.env.torchsharp"] = TorchSharp,
        ["ffrepro.env.libtorch"] = LibTorch,
        ["ffrepro.env.os"] = Os,
        ["ffrepro.env.cpu"] = Cpu,
        ["ffrepro.env.gpu"] = Gpu,
        ["ffrepro.env.threads"] = Threads.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ffrepro.env.host"] = Host,
        ["ffrepro.env.cpu_dispatch"] = CpuDispatch.Requested,
        ["ffrepro.env.cpu_dispatch_aten"] = CpuDispatch.Aten,
        ["ffrepro.env.cpu_flags"] = CpuDispatch.CpuFlags,
        ["ffrepro.env.cpu_dispatch_settings"] = CpuDispatch.Settings,
        ["ffrepro.env.mkl"] = CpuDispatch.Mkl,
    };
}
