namespace FFRepro.Harness.Report;

/// <summary>What a metric scores by guessing: the chance level drawn into the curve figures.</summary>
internal static class ChanceLevels
{
    /// <summary>0.5 for binary positive-vs-negative accuracies (<c>*ff_accuracy*</c>), 0.1 for the other 10-class
    /// accuracies, null for metrics that are not accuracies (goodness, losses).</summary>
    public static double? Of(string metric) =>
        metric.Contains("ff_accuracy", StringComparison.Ordinal) ? 0.5
        : metric.Contains("accuracy", StringComparison.Ordinal) ? 0.1
        : null;

    /// <summary>How the chance level is reached, for legends.</summary>
    public static string Describe(double chance) => chance == 0.5 ? "binary" : "10 classes";
}
