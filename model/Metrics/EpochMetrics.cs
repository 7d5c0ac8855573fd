namespace FFRepro.Model.Metrics;

/// <summary>Everything recorded for one run at one epoch on one split.</summary>
/// <param name="Epoch">0 = before any update; e = after e epochs of training.</param>
/// <param name="Split">Which data the metrics were computed on.</param>
/// <param name="Layers">One entry per FF layer, in layer order.</param>
/// <param name="Model">Model-level metrics.</param>
public sealed record EpochMetrics(int Epoch, EvalSplit Split, IReadOnlyList<LayerMetrics> Layers, ModelMetrics Model);
