namespace FFRepro.Stats.Hypotheses;

/// <summary>One test of one hypothesis in one cell (or depth/layer group), with its verdict.</summary>
public sealed record HypothesisRow
{
    /// <summary><c>"H1"</c>, <c>"H2"</c> or <c>"H3"</c>.</summary>
    public required string Hypothesis { get; init; }
    /// <summary>Test family within which Holm is applied (together with <see cref="Variant"/>): <c>H1-delay</c>, <c>H2-level</c>, <c>H2-paired</c>, <c>H3-width</c>.</summary>
    public required string Family { get; init; }
    /// <summary><c>primary</c>, <c>goodness_metric</c>, <c>detrended</c>, <c>spearman</c>, <c>tau=0.25</c>, ...</summary>
    public required string Variant { get; init; }
    /// <summary>Cell depth.</summary>
    public required int? Depth { get; init; }
    /// <summary>Cell width; null for H3 (width is the predictor).</summary>
    public required int? Width { get; init; }
    /// <summary>Cell epochs.</summary>
    public required int? Epochs { get; init; }
    /// <summary>Layers concerned, e.g. <c>"1-2"</c> (pair), <c>"1"</c>, <c>"1 vs 3"</c>.</summary>
    public required string Layers { get; init; }
    /// <summary>Runs (seeds) that entered the test.</summary>
    public required int N { get; init; }
    /// <summary>Runs of the group left out (missing onset, undefined correlation); reasons in the exclusions table.</summary>
    public required int Excluded { get; init; }
    /// <summary>Effect size, in <see cref="EffectUnit"/>.</summary>
    public required double Effect { get; init; }
    /// <summary>Unit and definition of the effect, e.g. <c>median delay (epochs)</c>.</summary>
    public required string EffectUnit { get; init; }
    /// <summary>Lower bound of the CI of the effect, at <c>StatsOptions.Confidence</c> (default 95%); NaN when it cannot be formed.</summary>
    public required double CiLow { get; init; }
    /// <summary>Upper bound of the CI of the effect; NaN when it cannot be formed.</summary>
    public required double CiHigh { get; init; }
    /// <summary>Share of runs with a positive delay / difference (H1, H2-paired); null otherwise.</summary>
    public required double? PositiveFraction { get; init; }
    /// <summary>Name of the test statistic, e.g. <c>W+</c>, <c>t</c>, <c>rho</c>.</summary>
    public required string StatisticName { get; init; }
    /// <summary>Value of the test statistic.</summary>
    public required double Statistic { get; init; }
    /// <summary>One-sided p-value; NaN when the test could not be run.</summary>
    public required double P { get; init; }
    /// <summary>Holm-adjusted p within (Family, Variant); NaN when P is.</summary>
    public required double PHolm { get; init; }
    /// <summary>One of <see cref="Verdicts"/>.</summary>
    public required string Verdict { get; init; }
}
