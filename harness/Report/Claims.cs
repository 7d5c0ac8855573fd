namespace FFRepro.Harness.Report;

/// <summary>What each test family claims, in words, and which sign of the effect supports it.</summary>
internal static class Claims
{
    /// <summary>Families in report order.</summary>
    public static IReadOnlyList<string> Families { get; } = ["H1-delay", "H2-level", "H2-paired", "H3-width"];

    /// <summary>The claim a family tests, for a reader who has not read the paper.</summary>
    public static string Text(string family) => family switch
    {
        "H1-delay" => "each deeper layer's onset lags the shallower one (median delay > 0)",
        "H2-level" => "layer 1 tracks the model strongly (mean r above the strong threshold)",
        "H2-paired" => "layer 1 tracks the model more closely than the deepest layer (z1 - zL > 0)",
        "H3-width" => "tracking weakens with width (Spearman rho(width, z) < 0)",
        _ => family,
    };

    /// <summary>
    /// +1 when larger effects support the claim, -1 when smaller ones do; "strongest" in the verdicts table means the
    /// most extreme effect in this direction.
    /// </summary>
    public static int Direction(string family) => family == "H3-width" ? -1 : 1;
}
