namespace FFRepro.Stats.Correlation;

/// <summary>
/// The seeds' mean correlation of one layer with the model in one cell, on the Fisher-z scale with a t interval
/// (<see cref="FisherZAggregate.MeanOfZ"/>): the per-width means shown beside H3's rank statistic and drawn in the
/// correlation-vs-width figures, so figure and table show the same intervals.
/// </summary>
public sealed record WidthMeanRow
{
    /// <summary>Correlation variant (as in the hypotheses table): primary, drop_first, detrended, rise, plateau, epoch_ends, spearman, goodness_metric.</summary>
    public required string Variant { get; init; }
    /// <summary>Cell depth.</summary>
    public required int Depth { get; init; }
    /// <summary>Cell width.</summary>
    public required int Width { get; init; }
    /// <summary>Cell epochs.</summary>
    public required int Epochs { get; init; }
    /// <summary>1-based hidden layer.</summary>
    public required int Layer { get; init; }
    /// <summary>Runs with a usable z.</summary>
    public required int N { get; init; }
    /// <summary>Runs left out (missing, undefined or perfect correlation).</summary>
    public required int Excluded { get; init; }
    /// <summary>tanh of the mean z; NaN when N = 0.</summary>
    public required double MeanR { get; init; }
    /// <summary>tanh of the lower t bound of the mean z; NaN when N &lt; 2.</summary>
    public required double CiLow { get; init; }
    /// <summary>tanh of the upper t bound; NaN when N &lt; 2.</summary>
    public required double CiHigh { get; init; }
}
