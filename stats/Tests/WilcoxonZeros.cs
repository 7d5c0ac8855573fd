namespace FFRepro.Stats.Tests;

/// <summary>How the Wilcoxon signed-rank test treats zero differences.</summary>
public enum WilcoxonZeros
{
    /// <summary>Wilcoxon's convention: zeros are dropped before ranking, so they count for nothing either way.</summary>
    Wilcox,

    /// <summary>
    /// Pratt's (1959) convention: zeros are ranked with the other |d| (they take the lowest ranks) and then left out of
    /// W+, so ties weaken the evidence for a shift instead of vanishing from the sample.
    /// </summary>
    Pratt,
}
