using FFRepro.Stats.Correlation;

namespace FFRepro.Stats.Suite;

/// <summary>Per-run Fisher z looked up by run, layer and variant, with the reason when it cannot enter a test.</summary>
internal sealed class ZIndex(IReadOnlyList<CorrelationRow> rows)
{
    /// <summary>Reason: the run has no such correlation (a curve was missing or excluded).</summary>
    public const string Missing = "correlation_missing";

    /// <summary>Reason: r is undefined (a constant series, fewer than 3 points, or no rise to split into phases).</summary>
    public const string Undefined = "correlation_undefined";

    /// <summary>Reason: r = +-1, whose z is infinite (see <see cref="FisherZ.Transform"/>).</summary>
    public const string Perfect = "r_is_plus_or_minus_1";

    private readonly Dictionary<(string, int, string, string, bool, string), CorrelationRow> _rows =
        rows.ToDictionary(r => (r.RunId, r.Layer, r.LayerMetric, r.Method, r.Detrended, r.Window));

    /// <summary>The z of a run's layer, or NaN with the reason it cannot be used.</summary>
    public (double Z, string? Reason) Get(string runId, int layer, CorrelationVariant v)
    {
        if (!_rows.TryGetValue((runId, layer, v.Metric, CorrelationMethods.Name(v.Method), v.Detrended, CurveWindows.Name(v.Window)), out var row))
            return (double.NaN, Missing);
        if (double.IsNaN(row.R)) return (double.NaN, Undefined);
        return double.IsFinite(row.Z) ? (row.Z, null) : (double.NaN, Perfect);
    }

    /// <summary>Points behind the correlation; 0 when absent.</summary>
    public int Points(string runId, int layer, CorrelationVariant v) =>
        _rows.TryGetValue((runId, layer, v.Metric, CorrelationMethods.Name(v.Method), v.Detrended, CurveWindows.Name(v.Window)), out var row) ? row.Points : 0;
}
