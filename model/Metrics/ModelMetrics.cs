namespace FFRepro.Model.Metrics;

/// <summary>What the whole network scores at one evaluation point.</summary>
/// <param name="ClassifierAccuracy">10-class accuracy of the linear classifier on the neutral-label activations;
/// NaN when the recipe has no classifier.</param>
/// <param name="GoodnessAccuracy">10-class accuracy of goodness summed over all layers (argmax over overlaid labels).</param>
/// <param name="GoodnessAccuracyDeep">The same summed over layers 2..L (all layers when L = 1).</param>
/// <param name="ClassifierLoss">Mean cross-entropy of the classifier; NaN when the recipe has none.</param>
public sealed record ModelMetrics(
    double ClassifierAccuracy,
    double GoodnessAccuracy,
    double GoodnessAccuracyDeep,
    double ClassifierLoss);
