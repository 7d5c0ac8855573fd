namespace FFRepro.Stats.Data;

/// <summary>
/// One row of the tidy long curves table: the value of one metric for one layer of one run at one evaluation point.
/// </summary>
/// <param name="RunId">Stable run id (matches <see cref="RunInfo.RunId"/>).</param>
/// <param name="Depth">Number of hidden layers of the run.</param>
/// <param name="Width">Units per hidden layer.</param>
/// <param name="Epochs">Planned number of training epochs.</param>
/// <param name="Seed">Run seed.</param>
/// <param name="Step">Optimizer steps done at the evaluation point; 0 = before training. Its epoch is
/// <c>Step / RunInfo.StepsPerEpoch</c> (with one step per epoch, the step is the epoch).</param>
/// <param name="Layer">1-based hidden layer; 0 = a model-level metric.</param>
/// <param name="Metric">Metric name, e.g. <c>layer_ff_accuracy</c> (layer &gt;= 1) or <c>model_classifier_accuracy</c> (layer 0).</param>
/// <param name="Split"><c>"test"</c> or <c>"train"</c>.</param>
/// <param name="Value">Metric value.</param>
public sealed record CurvePoint(
    string RunId, int Depth, int Width, int Epochs, long Seed,
    long Step, int Layer, string Metric, string Split, double Value);
