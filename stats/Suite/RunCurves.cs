using FFRepro.Stats.Data;

namespace FFRepro.Stats.Suite;

/// <summary>The validated curves of one "ok" run, indexed by (layer, metric), each a(0..E) by epoch.</summary>
internal sealed record RunCurves(RunInfo Run, IReadOnlyDictionary<(int Layer, string Metric), double[]> Curves)
{
    public double[]? Get(int layer, string metric) => Curves.TryGetValue((layer, metric), out var c) ? c : null;
}
