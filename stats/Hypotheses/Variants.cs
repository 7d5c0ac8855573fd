using System.Globalization;

namespace FFRepro.Stats.Hypotheses;

/// <summary>
/// The variants of a test, the values of <see cref="HypothesisRow.Variant"/> and
/// <see cref="Correlation.WidthMeanRow.Variant"/>: the primary test, the measurement variants of the correlation families (whose agreement gives the
/// robust verdict), and the robustness variants.
/// </summary>
public static class Variants
{
    /// <summary>The test as stated: H1 with the layer metric and tau; H2/H3 Pearson over every evaluation point.</summary>
    public const string Primary = "primary";

    /// <summary>Correlation without the untrained network's point (step 0).</summary>
    public const string DropFirst = "drop_first";

    /// <summary>Correlation of first differences.</summary>
    public const string Detrended = "detrended";

    /// <summary>Correlation over the model's rise (from the start to the rise fraction of its gain).</summary>
    public const string Rise = "rise";

    /// <summary>Correlation over the points after the rise.</summary>
    public const string Plateau = "plateau";

    /// <summary>Correlation over step 0 and the epoch ends only (comparable with per-epoch studies).</summary>
    public const string EpochEnds = "epoch_ends";

    /// <summary>Spearman's rho instead of Pearson's r over every point.</summary>
    public const string Spearman = "spearman";

    /// <summary>The alternative layer metric (goodness accuracy) instead of the primary one.</summary>
    public const string GoodnessMetric = "goodness_metric";

    /// <summary>H3 over every width of each depth, present only when the design is unbalanced.</summary>
    public const string AllWidths = "all_widths";

    /// <summary>The primary test and the measurement variants, in the order of the sensitivity table.</summary>
    public static IReadOnlyList<string> Measurement { get; } = [Primary, DropFirst, Detrended, Rise, Plateau, EpochEnds];

    /// <summary>H1 with an extra onset threshold: <c>tau=</c> and the threshold in invariant notation.</summary>
    public static string Tau(double tau) => "tau=" + tau.ToString(CultureInfo.InvariantCulture);
}
