namespace FFRepro.Model.Torch;

/// <summary>How this process's CPU kernels were chosen, recorded with every result.</summary>
/// <param name="Requested">The level asked for (<c>avx2</c>, <c>avx512</c> or <c>native</c>).</param>
/// <param name="Aten">The level ATen dispatches to, as libtorch reports it (<c>AVX2</c>, <c>AVX512</c>, <c>DEFAULT</c>, or <c>unknown</c>).</param>
/// <param name="CpuFlags">The processor's relevant instruction-set flags, space-separated.</param>
/// <param name="Settings">The native dispatch settings in force, <c>NAME=value</c> separated by spaces (<c>NAME=</c> when unset).</param>
/// <param name="Mkl">MKL's version string, or <c>none</c>.</param>
public sealed record CpuDispatchFacts(string Requested, string Aten, string CpuFlags, string Settings, string Mkl)
{
    /// <summary>Facts of a process that never loaded torch (specs on synthetic data).</summary>
    public static readonly CpuDispatchFacts None = new("none", "none", "", "", "none");

    /// <summary>Reads the facts of this process; call after libtorch has loaded.</summary>
    public static CpuDispatchFacts Read(CpuDispatchLevel requested) => new(
        CpuDispatch.Name(requested),
        CpuDispatch.AtenCapability(),
        string.Join(' ', CpuFeatures.Present()),
        string.Join(' ', CpuDispatch.SettingNames.Select(n => $"{n}={NativeEnvironment.Get(n)}")),
        CpuDispatch.MklVersion());
}
