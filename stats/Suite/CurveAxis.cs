namespace FFRepro.Stats.Suite;

/// <summary>The unit in which onsets and delays are counted: the index of the curves' points.</summary>
internal static class CurveAxis
{
    /// <summary>Name of the unit, carried into every effect unit that counts along the curve (one point per epoch).</summary>
    public const string Unit = "epochs";
}
