namespace FFRepro.Model.Torch;

/// <summary>
/// The instruction-set level at which libtorch (ATen), MKL and oneDNN choose their CPU kernels. Kernels of different
/// levels round differently in the last bits, so bit-identical CPU results need the same level.
/// </summary>
public enum CpuDispatchLevel
{
    /// <summary>AVX2 + FMA kernels: every x86-64 server of the last decade has them; FFRepro's default.</summary>
    Avx2,

    /// <summary>AVX-512 kernels (needs avx512f, avx512bw, avx512vl and avx512dq).</summary>
    Avx512,

    /// <summary>Whatever the libraries pick for this processor (and whatever ATEN_CPU_CAPABILITY / MKL_ENABLE_INSTRUCTIONS
    /// the process environment already holds): fastest, but bit-identical only among machines that pick the same.</summary>
    Native,
}
