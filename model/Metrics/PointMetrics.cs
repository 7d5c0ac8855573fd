namespace FFRepro.Model.Metrics;

/// <summary>Everything evaluated for one run at one evaluation point on one split.</summary>
/// <param name="Step">Optimizer steps (mini-batch update rounds) done before the evaluation; 0 = before any update.
/// The fractional epoch is <c>Step / RunResult.StepsPerEpoch</c>.</param>
/// <param name="Split">Which data the metrics were computed on.</param>
/// <param name="Layers">One entry per FF layer, in layer order.</param>
/// <param name="Model">Model-level metrics.</param>
public sealed record PointMetrics(long Step, EvalSplit Split, IReadOnlyList<LayerMetrics> Layers, ModelMetrics Model);
