namespace FFRepro.Stats.Onsets;

/// <summary>Onset of one layer's curve in one run for one tau (a row of the onsets table).</summary>
public sealed record OnsetRow
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
    /// <summary>Metric whose curve was used.</summary>
    public required string Metric { get; init; }
    /// <summary>Fraction of the rise that defines the onset.</summary>
    public required double Tau { get; init; }
    /// <summary>Step of the first evaluation point that covered the fraction tau of the rise; null when missing (never 0 for missing).</summary>
    public required long? OnsetStep { get; init; }
    /// <summary><see cref="OnsetStep"/> in epochs (step / steps per epoch); null when missing.</summary>
    public required double? OnsetEpoch { get; init; }
    /// <summary>Steps from the previous evaluation point to the onset's: the curve crossed the threshold after the
    /// previous point and at or before <see cref="OnsetStep"/>. Null when missing.</summary>
    public required long? ResolutionSteps { get; init; }
    /// <summary>Why the onset is missing (<see cref="OnsetReasons"/>); null when found.</summary>
    public required string? MissingReason { get; init; }
}
