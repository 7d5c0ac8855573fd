namespace FFRepro.Stats.Data;

/// <summary>The metric vocabulary of <see cref="CurvePoint.Metric"/> (the <c>metric</c> column of curves.parquet).</summary>
public static class MetricNames
{
    /// <summary>Binary positive-vs-negative accuracy of a layer ((TP + TN) / m; layer &gt;= 1).</summary>
    public const string LayerFfAccuracy = "layer_ff_accuracy";

    /// <summary>loeweX's running layer accuracy: binary FF accuracy on the training batches themselves (their fresh
    /// negatives included) since the previous evaluation point; split <c>train</c>, no row at step 0.</summary>
    public const string LayerFfAccuracyTrain = "layer_ff_accuracy_train";

    /// <summary>10-class goodness-argmax accuracy of one layer (layer &gt;= 1).</summary>
    public const string LayerGoodnessAccuracy = "layer_goodness_accuracy";

    /// <summary>Mean goodness on positive samples (layer &gt;= 1).</summary>
    public const string GoodnessPos = "goodness_pos";

    /// <summary>Mean goodness on negative samples (layer &gt;= 1).</summary>
    public const string GoodnessNeg = "goodness_neg";

    /// <summary>Mean FF loss of a layer (layer &gt;= 1).</summary>
    public const string LayerLoss = "layer_loss";

    /// <summary>10-class accuracy of the linear classifier on the hidden activations (layer 0).</summary>
    public const string ModelClassifierAccuracy = "model_classifier_accuracy";

    /// <summary>10-class goodness-argmax accuracy of goodness summed over all layers (layer 0).</summary>
    public const string ModelGoodnessAccuracy = "model_goodness_accuracy";

    /// <summary>The same over layers 2..L (layer 0).</summary>
    public const string ModelGoodnessAccuracyDeep = "model_goodness_accuracy_deep";

    /// <summary>Cross-entropy of the classifier (layer 0).</summary>
    public const string ClassifierLoss = "classifier_loss";

    /// <summary>The metrics of a layer (layer &gt;= 1), the evaluated ones first.</summary>
    public static IReadOnlyList<string> Layer { get; } =
        [LayerFfAccuracy, LayerGoodnessAccuracy, GoodnessPos, GoodnessNeg, LayerLoss, LayerFfAccuracyTrain];

    /// <summary>The metrics of the model (layer 0).</summary>
    public static IReadOnlyList<string> Model { get; } =
        [ModelClassifierAccuracy, ModelGoodnessAccuracy, ModelGoodnessAccuracyDeep, ClassifierLoss];

    /// <summary>Every metric name, layer metrics first.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Layer, .. Model];
}
