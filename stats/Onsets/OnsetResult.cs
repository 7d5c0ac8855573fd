namespace FFRepro.Stats.Onsets;

/// <summary>The onset of one curve: an epoch, or a missing value with its reason (never 0 for "missing").</summary>
/// <param name="Epoch">First epoch that covered the fraction tau of the rise; null when missing.</param>
/// <param name="MissingReason">Why there is no onset (one of <see cref="OnsetReasons"/>); null when found.</param>
public readonly record struct OnsetResult(int? Epoch, string? MissingReason)
{
    /// <summary>True when an onset epoch was found.</summary>
    public bool Found => Epoch.HasValue;
}
