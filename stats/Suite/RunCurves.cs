using FFRepro.Stats.Data;

namespace FFRepro.Stats.Suite;

/// <summary>
/// The validated curves of one "ok" run, indexed by (layer, metric), each a value per evaluation point in order.
/// <paramref name="EpochEnds"/> marks the points taken at an epoch end; null means every point is one (one point per epoch).
/// </summary>
internal sealed record RunCurves(RunInfo Run, IReadOnlyDictionary<(int Layer, string Metric), double[]> Curves, bool[]? EpochEnds = null)
{
    public double[]? Get(int layer, string metric) => Curves.TryGetValue((layer, metric), out var c) ? c : null;

    public bool IsEpochEnd(int point) => EpochEnds is null || EpochEnds[point];
}
