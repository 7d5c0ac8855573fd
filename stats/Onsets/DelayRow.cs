namespace FFRepro.Stats.Onsets;

/// <summary>Delay of layer l+1 behind layer l in one run: onset(l+1) - onset(l), in epochs.</summary>
public sealed record DelayRow
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
    /// <summary>Metric whose onsets were used.</summary>
    public required string Metric { get; init; }
    /// <summary>Fraction of the rise that defines the onset.</summary>
    public required double Tau { get; init; }
    /// <summary>Shallower layer l.</summary>
    public required int ShallowLayer { get; init; }
    /// <summary>Deeper layer l + 1.</summary>
    public required int DeepLayer { get; init; }
    /// <summary>Onset of layer l; null when missing.</summary>
    public required int? ShallowOnset { get; init; }
    /// <summary>Onset of layer l + 1; null when missing.</summary>
    public required int? DeepOnset { get; init; }
    /// <summary>onset(l+1) - onset(l) in epochs; null when either onset is missing.</summary>
    public required int? Delay { get; init; }
    /// <summary>Why the delay is missing (<see cref="OnsetReasons"/>); null when present.</summary>
    public required string? MissingReason { get; init; }
}
