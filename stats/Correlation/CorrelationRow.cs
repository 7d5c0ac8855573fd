namespace FFRepro.Stats.Correlation;

/// <summary>Correlation over evaluation points, within one run, between one layer's curve and the model curve.</summary>
public sealed record CorrelationRow
{
    /// <summary>Run id.</summary>
    public required string RunId { get; init; }
    /// <summary>Cell: hidden layers.</summary>
    public required int Depth { get; init; }
    /// <summary>Cell: units per layer.</summary>
    public required int Width { get; init; }
    /// <summary>Cell: planned epochs.</summary>
    public required int Epochs { get; init; }
    /// <summary>Run seed.</summary>
    public required long Seed { get; init; }
    /// <summary>1-based hidden layer.</summary>
    public required int Layer { get; init; }
    /// <summary>Metric of the layer curve.</summary>
    public required string LayerMetric { get; init; }
    /// <summary>Metric of the model curve (layer 0).</summary>
    public required string ModelMetric { get; init; }
    /// <summary><c>"pearson"</c> or <c>"spearman"</c>.</summary>
    public required string Method { get; init; }
    /// <summary>True when computed on first differences (detrended).</summary>
    public required bool Detrended { get; init; }
    /// <summary><c>"all"</c>: every evaluation point, each weighing equally, so a schedule dense in early training
    /// weighs early training more; <c>"epoch_ends"</c>: only the points at epoch ends (and step 0), one per epoch.</summary>
    public required string PointSet { get; init; }
    /// <summary>Number of points correlated (evaluation points of the set, or one fewer when detrended).</summary>
    public required int Points { get; init; }
    /// <summary>Correlation in [-1, 1]; NaN when undefined (a constant series).</summary>
    public required double R { get; init; }
    /// <summary>Fisher z = atanh(r) (|r| clipped to 1 - 1e-12); NaN when r is.</summary>
    public required double Z { get; init; }
}
