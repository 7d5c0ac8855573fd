using FFRepro.Stats.Data;

namespace FFRepro.Stats.Suite;

/// <summary>The validated curves of one "ok" run, indexed by (layer, metric), each a(step) at its evaluation steps.</summary>
internal sealed record RunCurves(RunInfo Run, IReadOnlyDictionary<(int Layer, string Metric), EvalCurve> Curves)
{
    /// <summary>The values of a curve in step order; null when absent.</summary>
    public double[]? Get(int layer, string metric) => Curves.TryGetValue((layer, metric), out var c) ? c.Values : null;

    /// <summary>The evaluation steps of a curve; null when absent.</summary>
    public long[]? Steps(int layer, string metric) => Curves.TryGetValue((layer, metric), out var c) ? c.Steps : null;

    /// <summary>True when an evaluation at this step was taken at an epoch end (step 0 included): step % steps per epoch = 0.</summary>
    public bool IsEpochEnd(long step) => step % Run.StepsPerEpoch == 0;
}
