namespace FFRepro.Stats.Hypotheses;

/// <summary>
/// One correlation test across the measurement variants of the sensitivity table (primary, drop_first, detrended,
/// rise, plateau, epoch_ends), with the robust verdict: a verdict every variant gives, else <see cref="Verdicts.Mixed"/>.
/// </summary>
public sealed record SensitivityRow
{
    /// <summary><c>H2-level</c>, <c>H2-paired</c> or <c>H3-width</c>.</summary>
    public required string Family { get; init; }
    /// <summary>Cell depth (as in <see cref="HypothesisRow.Depth"/>).</summary>
    public required int? Depth { get; init; }
    /// <summary>Cell width; null for H3.</summary>
    public required int? Width { get; init; }
    /// <summary>Cell epochs.</summary>
    public required int? Epochs { get; init; }
    /// <summary>Layers concerned.</summary>
    public required string Layers { get; init; }
    /// <summary>Variants that were run, in the sensitivity table's order, comma-separated.</summary>
    public required string Variants { get; init; }
    /// <summary>Verdicts of those variants, in the same order, comma-separated.</summary>
    public required string VariantVerdicts { get; init; }
    /// <summary>How many variants gave <see cref="Verdicts.Supported"/>.</summary>
    public required int Supported { get; init; }
    /// <summary>How many gave <see cref="Verdicts.NotSupported"/>.</summary>
    public required int NotSupported { get; init; }
    /// <summary>How many gave <see cref="Verdicts.Inconclusive"/>.</summary>
    public required int Inconclusive { get; init; }
    /// <summary>Supported or not supported when every variant says so; <see cref="Verdicts.Mixed"/> otherwise.</summary>
    public required string Robust { get; init; }
}
