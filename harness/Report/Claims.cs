using FFRepro.Stats.Hypotheses;

namespace FFRepro.Harness.Report;

/// <summary>What each test family claims, in words that match its test, and which sign of the effect supports it.</summary>
internal static class Claims
{
    /// <summary>The claim a family tests, for a reader who has not read the paper.</summary>
    public static string Text(string family) => family switch
    {
        Families.H1Delay => "on average over seeds the deeper layer's onset comes later: mean delay onset(l+1) - onset(l) > 0, ties counting as zero delay",
        Families.H2Level => "layer 1 tracks the model strongly: the seeds' mean r (Fisher z) of layer 1 with the model is above the strong threshold",
        Families.H2Paired => "layer 1 tracks the model more closely than the deepest layer: z(layer 1) - z(deepest) is shifted above 0, ties counting against",
        Families.H3Width => "tracking weakens with width: Spearman rho(width, per-run z) < 0 over the widths every depth has",
        _ => family,
    };

    /// <summary>The test behind a family's verdicts, with its null hypothesis.</summary>
    public static string Test(string family) => family switch
    {
        Families.H1Delay => "one-sided sign-flip permutation test of the mean delay (H0: delays symmetric about 0), exact for integer delays",
        Families.H2Level => "one-sided t-test of the mean z against atanh(strong r) over seeds",
        Families.H2Paired => "one-sided Wilcoxon signed-rank test of z(layer 1) - z(deepest), zeros ranked (Pratt)",
        Families.H3Width => "one-sided Spearman permutation test of width against per-run z",
        _ => "",
    };

    /// <summary>
    /// +1 when larger effects support the claim, -1 when smaller ones do; "strongest" in the verdicts table means the
    /// most extreme effect in this direction.
    /// </summary>
    public static int Direction(string family) => family == Families.H3Width ? -1 : 1;
}
