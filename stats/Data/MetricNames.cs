namespace FFRepro.Stats.Data;

/// <summary>The metric vocabulary of <see cref="CurvePoint.Metric"/>.</summary>
public static class MetricNames
{
    /// <summary>Binary positive-vs-negative accuracy of one layer (layer &gt;= 1).</summary>
    public const string LayerFfAccuracy = "layer_ff_accuracy";

    /// <summary>10-class goodness-argmax accuracy of one layer (layer &gt;= 1).</summary>
    public const string LayerGoodnessAccuracy = "layer_goodness_accuracy";

    /// <summary>Accuracy of the linear classifier on the hidden activations (layer 0).</summary>
    public const string ModelClassifierAccuracy = "model_classifier_accuracy";

    /// <summary>10-class goodness-argmax accuracy summed over layers (layer 0).</summary>
    public const string ModelGoodnessAccuracy = "model_goodness_accuracy";
}
