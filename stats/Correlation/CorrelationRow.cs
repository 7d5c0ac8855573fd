namespace FFRepro.Stats.Correlation;

/// <summary>Correlation over epochs, within one run, between one layer's curve and the model curve.</summary>
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
    /// <summary>The method's name (<see cref="CorrelationMethods.Name"/>): <c>pearson</c> or <c>spearman</c>.</summary>
    public required string Method { get; init; }
    /// <summary>True when computed on first differences (detrended).</summary>
    public required bool Detrended { get; init; }
    /// <summary>Points of the curves used (<see cref="CurveWindows.Name"/>): <c>whole</c>, <c>drop_first</c>, <c>rise</c>, <c>plateau</c>, <c>epoch_ends</c>.</summary>
    public required string Window { get; init; }
    /// <summary>Number of points correlated (the window's points, one fewer when detrended).</summary>
    public required int Points { get; init; }
    /// <summary>Correlation in [-1, 1]; NaN when undefined (a constant series, fewer than 3 points, no rise for a phase window).</summary>
    public required double R { get; init; }
    /// <summary>Fisher z = atanh(r); +-infinity when r is +-1 (<see cref="FisherZ.IsPerfect"/>); NaN when r is.</summary>
    public required double Z { get; init; }
}
