namespace FFRepro.Model.Metrics;

/// <summary>What one FF layer scores at one evaluation point.</summary>
/// <param name="Layer">1-based layer index (1 = the layer next to the input).</param>
/// <param name="FfAccuracy">The paper's layer accuracy: (TP + TN) / m over the m positive and negative samples,
/// a sample counting as positive when sigmoid(logit) &gt; 0.5.</param>
/// <param name="GoodnessAccuracy">10-class accuracy from this layer's goodness alone (argmax over the 10 overlaid labels).</param>
/// <param name="GoodnessPos">Mean goodness (recipe's definition) on positive samples.</param>
/// <param name="GoodnessNeg">Mean goodness on negative samples.</param>
/// <param name="Loss">Mean FF loss of the layer over positive and negative samples (peer normalization excluded).</param>
public sealed record LayerMetrics(
    int Layer,
    double FfAccuracy,
    double GoodnessAccuracy,
    double GoodnessPos,
    double GoodnessNeg,
    double Loss);
