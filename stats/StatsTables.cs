using FFRepro.Stats.Correlation;
using FFRepro.Stats.Coverage;
using FFRepro.Stats.Exclusions;
using FFRepro.Stats.Hypotheses;
using FFRepro.Stats.Onsets;

namespace FFRepro.Stats;

/// <summary>Every table the statistics produce, each a list of flat rows ready for a Parquet class serializer.</summary>
/// <param name="Onsets">Onset per run, layer, metric and tau.</param>
/// <param name="Delays">Delay per run, adjacent layer pair, metric and tau.</param>
/// <param name="Correlations">Layer-vs-model correlation per run, layer, metric, method, detrending and window.</param>
/// <param name="Hypotheses">One row per test, with Holm-adjusted p and verdict.</param>
/// <param name="Exclusions">Counts of what was left out, and why (stage <c>design</c>: tests the plan asks for that the results cannot run).</param>
/// <param name="WidthMeans">Mean correlation with its t interval per correlation variant, cell and layer.</param>
/// <param name="Sensitivity">The robust verdict of every correlation test across the measurement variants.</param>
/// <param name="Coverage">Planned and present runs per cell.</param>
public sealed record StatsTables(
    IReadOnlyList<OnsetRow> Onsets,
    IReadOnlyList<DelayRow> Delays,
    IReadOnlyList<CorrelationRow> Correlations,
    IReadOnlyList<HypothesisRow> Hypotheses,
    IReadOnlyList<ExclusionRow> Exclusions,
    IReadOnlyList<WidthMeanRow> WidthMeans,
    IReadOnlyList<SensitivityRow> Sensitivity,
    IReadOnlyList<CoverageRow> Coverage);
