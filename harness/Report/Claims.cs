namespace FFRepro.Harness.Report;

/// <summary>What each test family claims, in words that match its test, and which sign of the effect supports it.</summary>
internal static class Claims
{
    /// <summary>Families in report order.</summary>
    public static IReadOnlyList<string> Families { get; } = ["H1-delay", "H2-level", "H2-paired", "H3-width"];

    /// <summary>The claim a family tests, for a reader who has not read the paper.</summary>
    public static string Text(string family) => family switch
    {
        "H1-delay" => "on average over seeds the deeper layer's onset comes later: mean delay onset(l+1) - onset(l) > 0, ties counting as zero delay",
        "H2-level" => "layer 1 tracks the model strongly: the seeds' mean r (Fisher z) of layer 1 with the model is above the strong threshold",
        "H2-paired" => "layer 1 tracks the model more closely than the deepest layer: z(layer 1) - z(deepest) is shifted above 0, ties counting against",
        "H3-width" => "tracking weakens with width: Spearman rho(width, per-run z) < 0 over the widths every depth has",
        _ => family,
    };

    /// <summary>The test behind a family's verdicts, with its null hypothesis.</summary>
    public static string Test(string family) => family switch
    {
        "H1-delay" => "one-sided sign-flip permutation test of the mean delay (H0: delays symmetric about 0), exact for integer delays",
        "H2-level" => "one-sided t-test of the mean z against atanh(strong r) over seeds",
        "H2-paired" => "one-sided Wilcoxon signed-rank test of z(layer 1) - z(deepest), zeros ranked (Pratt)",
        "H3-width" => "one-sided Spearman permutation test of width against per-run z",
        _ => "",
    };

    /// <summary>
    /// +1 when larger effects support the claim, -1 when smaller ones do; "strongest" in the verdicts table means the
    /// most extreme effect in this direction.
    /// </summary>
    public static int Direction(string family) => family == "H3-width" ? -1 : 1;
}
