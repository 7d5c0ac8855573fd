namespace FFRepro.Model.Training;

/// <summary>
/// Derives independent generator seeds from one run seed, one per purpose, so that adding a draw in one place
/// never shifts the draws of another (initialization, data order and negatives, evaluation negatives).
/// </summary>
public static class SeedStreams
{
    /// <summary>Weight initialization.</summary>
    public const ulong Init = 0x494E4954;

    /// <summary>Data order and negative labels during training.</summary>
    public const ulong Data = 0x44415441;

    /// <summary>Negative labels of the fixed evaluation sets.</summary>
    public const ulong Eval = 0x4556414C;

    /// <summary>SplitMix64 of the run seed combined with a stream constant: a well-mixed 63-bit seed.</summary>
    public static ulong Derive(long runSeed, ulong stream)
    {
        var z = unchecked((ulong)runSeed * 0x9E3779B97F4A7C15UL ^ stream * 0xD1B54A32D192ED03UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (z ^ (z >> 31)) & 0x7FFFFFFFFFFFFFFFUL;
    }
}
