namespace FFRepro.Stats.Onsets;

/// <summary>The onset of one curve: the index of an evaluation point, or a missing value with its reason (never 0 for "missing").</summary>
/// <param name="Index">Index of the first evaluation point that covered the fraction tau of the rise (&gt;= 1); null when
/// missing. With one point per epoch it is the epoch.</param>
/// <param name="MissingReason">Why there is no onset (one of <see cref="OnsetReasons"/>); null when found.</param>
public readonly record struct OnsetResult(int? Index, string? MissingReason)
{
    /// <summary>True when an onset was found.</summary>
    public bool Found => Index.HasValue;
}
