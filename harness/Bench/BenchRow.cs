namespace FFRepro.Harness.Bench;

/// <summary>One measured workload.</summary>
/// <param name="Workload">"train-epoch" or "eval-pass".</param>
/// <param name="Shape">depth x width.</param>
/// <param name="Mode">"batched" or "single".</param>
/// <param name="Seeds">Seeds in the model.</param>
/// <param name="MedianMs">Median wall milliseconds of one epoch (or evaluation pass) for all seeds together.</param>
/// <param name="PerSeedMs">MedianMs / Seeds.</param>
/// <param name="SamplesPerSecond">Positive training samples (or evaluated images) per second, all seeds counted.</param>
/// <param name="AllMs">Every measured repetition.</param>
public sealed record BenchRow(string Workload, string Shape, string Mode, int Seeds, double MedianMs, double PerSeedMs, double SamplesPerSecond, double[] AllMs)
{
    /// <summary>Fastest repetition divided by <see cref="Seeds"/>: the PyTorch timing script of the GPU figures (ff_reference.py) reports its fastest
    /// measured epoch, so comparisons with it use this statistic.</summary>
    public double PerSeedMinMs => AllMs.Min() / Seeds;

    /// <summary>Process CPU milliseconds of each measured repetition (training epochs only; null otherwise): the work
    /// done, less sensitive than wall time to other processes on a shared machine.</summary>
    public double[]? AllCpuMs { get; init; }
}
