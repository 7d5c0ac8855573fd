namespace FFRepro.Stats.Hypotheses;

/// <summary>
/// The test families, the values of <see cref="HypothesisRow.Family"/> and <see cref="SensitivityRow.Family"/>. Holm's
/// correction is applied within a family and variant.
/// </summary>
public static class Families
{
    /// <summary>H1: the deeper layer's onset comes later (mean delay &gt; 0).</summary>
    public const string H1Delay = "H1-delay";

    /// <summary>H2: layer 1 tracks the model strongly (mean Fisher z above the strong threshold).</summary>
    public const string H2Level = "H2-level";

    /// <summary>H2: layer 1 tracks the model more closely than the deepest layer (paired z difference &gt; 0).</summary>
    public const string H2Paired = "H2-paired";

    /// <summary>H3: tracking weakens with width (Spearman rho of width against per-run z &lt; 0).</summary>
    public const string H3Width = "H3-width";

    /// <summary>Every family, in hypothesis order (the order of the report).</summary>
    public static IReadOnlyList<string> All { get; } = [H1Delay, H2Level, H2Paired, H3Width];

    /// <summary>The families whose tests are computed from per-run correlations (the ones with measurement variants).</summary>
    public static IReadOnlyList<string> Correlation { get; } = [H2Level, H2Paired, H3Width];
}
