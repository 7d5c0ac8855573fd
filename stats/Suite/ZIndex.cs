using FFRepro.Stats.Correlation;

namespace FFRepro.Stats.Suite;

/// <summary>Per-run Fisher z looked up by run, layer and variant; NaN when absent or undefined.</summary>
internal sealed class ZIndex(IReadOnlyList<CorrelationRow> rows)
{
    private readonly Dictionary<(string, int, string, string, bool, string), double> _z =
        rows.ToDictionary(r => (r.RunId, r.Layer, r.LayerMetric, r.Method, r.Detrended, r.PointSet), r => r.Z);

    private readonly Dictionary<(string, int, string, string, bool, string), int> _points =
        rows.ToDictionary(r => (r.RunId, r.Layer, r.LayerMetric, r.Method, r.Detrended, r.PointSet), r => r.Points);

    /// <summary>Points behind the correlation; 0 when absent.</summary>
    public int Points(string runId, int layer, CorrelationVariant v) =>
        _points.TryGetValue((runId, layer, v.Metric, v.Method, v.Detrended, v.PointSet), out var n) ? n : 0;

    public double Get(string runId, int layer, CorrelationVariant v) =>
        _z.TryGetValue((runId, layer, v.Metric, v.Method, v.Detrended, v.PointSet), out var z) ? z : double.NaN;
}
