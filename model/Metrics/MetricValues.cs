namespace FFRepro.Model.Metrics;

/// <summary>Every recorded number of a run in a fixed order, for comparing two runs value by value.</summary>
public static class MetricValues
{
    /// <summary>Per evaluation point: each layer's five metrics in layer order, then the four model metrics; then the
    /// running training-batch accuracies, point by point.</summary>
    public static IEnumerable<double> Flatten(RunResult run) => run.Curves.SelectMany(c =>
        c.Layers.SelectMany(l => new[] { l.FfAccuracy, l.GoodnessAccuracy, l.GoodnessPos, l.GoodnessNeg, l.Loss })
            .Concat([c.Model.ClassifierAccuracy, c.Model.GoodnessAccuracy, c.Model.GoodnessAccuracyDeep, c.Model.ClassifierLoss]))
        .Concat(run.RunningAccuracy.SelectMany(a => a.Layers));
}
