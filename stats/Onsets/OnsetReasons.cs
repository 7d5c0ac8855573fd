namespace FFRepro.Stats.Onsets;

/// <summary>Reasons recorded for a missing onset or delay.</summary>
public static class OnsetReasons
{
    /// <summary>max a - a(0) is below epsilon: the curve never rises.</summary>
    public const string NoRise = "no_rise";

    /// <summary>Fewer than two epochs: there is nothing to rise over.</summary>
    public const string TooShort = "too_short";

    /// <summary>The curve holds NaN or an infinity.</summary>
    public const string NonFinite = "non_finite";

    /// <summary>A delay whose shallower layer has no onset.</summary>
    public const string ShallowMissing = "shallow_onset_missing";

    /// <summary>A delay whose deeper layer has no onset.</summary>
    public const string DeepMissing = "deep_onset_missing";
}
