namespace FFRepro.Stats.Hypotheses;

/// <summary>The vocabulary of <see cref="HypothesisRow.Verdict"/>.</summary>
public static class Verdicts
{
    /// <summary>Holm-adjusted p below alpha (for H2's level: above the strong threshold).</summary>
    public const string Supported = "supported";

    /// <summary>Enough data and no significant evidence (for H2's level: the CI lies below the strong threshold).</summary>
    public const string NotSupported = "not supported";

    /// <summary>Too few usable runs (e.g. too few onsets), or the CI straddles the threshold.</summary>
    public const string Inconclusive = "inconclusive";

    /// <summary>Robust verdict only (<see cref="SensitivityRow.Robust"/>): the measurement variants do not all agree.</summary>
    public const string Mixed = "mixed";
}
