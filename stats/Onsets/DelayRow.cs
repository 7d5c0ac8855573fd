namespace FFRepro.Stats.Onsets;

/// <summary>
/// Delay of layer l+1 behind layer l in one run: onset(l+1) - onset(l), in optimizer steps (and epochs, derived), with
/// its resolution. Each onset is only known to lie between its evaluation point and the one before, so the true delay
/// lies strictly between <see cref="DelayMinSteps"/> and <see cref="DelayMaxSteps"/>; when both onsets fall on the same
/// point the delay is below the resolution of the schedule (<see cref="BelowResolution"/>): its sign is unknown, and
/// <see cref="DelaySteps"/> = 0 means "not resolved", not "no delay".
/// </summary>
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
    /// <summary>Onset step of layer l; null when missing.</summary>
    public required long? ShallowOnsetStep { get; init; }
    /// <summary>Onset step of layer l + 1; null when missing.</summary>
    public required long? DeepOnsetStep { get; init; }
    /// <summary>onset(l+1) - onset(l) in steps; null when either onset is missing.</summary>
    public required long? DelaySteps { get; init; }
    /// <summary><see cref="DelaySteps"/> in epochs (steps / steps per epoch); null when missing.</summary>
    public required double? DelayEpochs { get; init; }
    /// <summary>Exclusive lower bound of the true delay: the deep onset's previous point minus the shallow onset's point.</summary>
    public required long? DelayMinSteps { get; init; }
    /// <summary>Exclusive upper bound of the true delay: the deep onset's point minus the shallow onset's previous point.</summary>
    public required long? DelayMaxSteps { get; init; }
    /// <summary>The wider of the two onsets' resolutions (steps between an onset's point and the point before).</summary>
    public required long? ResolutionSteps { get; init; }
    /// <summary>True when both onsets fall on the same evaluation point, so the delay is within +-<see cref="ResolutionSteps"/>
    /// and its sign is not resolved; null when the delay is missing.</summary>
    public required bool? BelowResolution { get; init; }
    /// <summary>Why the delay is missing (<see cref="OnsetReasons"/>); null when present.</summary>
    public required string? MissingReason { get; init; }
}
