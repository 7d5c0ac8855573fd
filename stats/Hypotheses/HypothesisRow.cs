namespace FFRepro.Stats.Hypotheses;

/// <summary>One test of one hypothesis on one group of runs (a cell, cells sharing their layers, or a depth over widths), with its verdict.</summary>
public sealed record HypothesisRow
{
    /// <summary><c>"H1"</c>, <c>"H2"</c> or <c>"H3"</c>.</summary>
    public required string Hypothesis { get; init; }
    /// <summary>Test family within which Holm is applied (together with <see cref="Variant"/>): <c>H1-delay</c>, <c>H2-level</c>, <c>H2-paired</c>, <c>H3-width</c>.</summary>
    public required string Family { get; init; }
    /// <summary><c>primary</c>, <c>drop_first</c>, <c>detrended</c>, <c>rise</c>, <c>plateau</c>, <c>epoch_ends</c>, <c>spearman</c>, <c>goodness_metric</c>, <c>all_widths</c>, <c>tau=0.25</c>, ...</summary>
    public required string Variant { get; init; }
    /// <summary>Cell depth; null when the test covers several depths (an H1 layer pair shared by them).</summary>
    public required int? Depth { get; init; }
    /// <summary>Cell width; null for H3 (width is the predictor).</summary>
    public required int? Width { get; init; }
    /// <summary>Cell epochs.</summary>
    public required int? Epochs { get; init; }
    /// <summary>Layers concerned, e.g. <c>"1-2"</c> (pair), <c>"1"</c>, <c>"1 vs 3"</c>.</summary>
    public required string Layers { get; init; }
    /// <summary>Depths whose runs the test covers, comma-separated, e.g. <c>"2,3"</c> for a layer pair that is the same data in both.</summary>
    public required string Depths { get; init; }
    /// <summary>Widths whose runs the test covers, comma-separated, e.g. <c>"100,500,1000"</c> for H3.</summary>
    public required string Widths { get; init; }
    /// <summary>Runs (seeds) that entered the test.</summary>
    public required int N { get; init; }
    /// <summary>Runs of the group left out (missing onset, undefined or perfect correlation); reasons in the exclusions table.</summary>
    public required int Excluded { get; init; }
    /// <summary>Effect size, in <see cref="EffectUnit"/>.</summary>
    public required double Effect { get; init; }
    /// <summary>Unit and definition of the effect, e.g. <c>mean delay (epochs)</c>.</summary>
    public required string EffectUnit { get; init; }
    /// <summary>Lower bound of the CI of the effect, at <c>StatsOptions.Confidence</c> (default 95%); NaN when it cannot be formed.</summary>
    public required double CiLow { get; init; }
    /// <summary>Upper bound of the CI of the effect; NaN when it cannot be formed.</summary>
    public required double CiHigh { get; init; }
    /// <summary>Share of runs whose paired difference is positive (H1: the deeper layer lags; H2-paired: layer 1 tracks closer); null for unpaired tests.</summary>
    public required double? PositiveFraction { get; init; }
    /// <summary>Share of runs whose paired difference is zero within the tie tolerance (H1: the onsets tie); null for unpaired tests.</summary>
    public required double? ZeroFraction { get; init; }
    /// <summary>Share of runs whose paired difference is negative (H1: the deeper layer leads); null for unpaired tests.</summary>
    public required double? NegativeFraction { get; init; }
    /// <summary>The test, e.g. <c>sign-flip, exact</c>, <c>Wilcoxon-Pratt, normal approximation</c>, <c>t, 29 df</c>.</summary>
    public required string Test { get; init; }
    /// <summary>Name of the test statistic, e.g. <c>mean</c>, <c>W+</c>, <c>t</c>, <c>rho</c>.</summary>
    public required string StatisticName { get; init; }
    /// <summary>Value of the test statistic.</summary>
    public required double Statistic { get; init; }
    /// <summary>One-sided p-value (from a survival function or a permutation count, never rounded to 0); NaN when the test could not be run.</summary>
    public required double P { get; init; }
    /// <summary>Holm-adjusted p within (Family, Variant); NaN when P is.</summary>
    public required double PHolm { get; init; }
    /// <summary>One of <see cref="Verdicts"/>.</summary>
    public required string Verdict { get; init; }
    /// <summary>What a reader must know about the group, e.g. which depths share the data or which widths are left out; empty when nothing.</summary>
    public required string Note { get; init; }
}
