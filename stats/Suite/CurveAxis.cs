namespace FFRepro.Stats.Suite;

/// <summary>The unit in which onsets and delays are counted along the curves.</summary>
internal static class CurveAxis
{
    /// <summary>
    /// Name of the unit, carried into every effect unit that counts along the curve: optimizer steps (result sets
    /// without a step column are read with step = epoch x steps per epoch).
    /// </summary>
    public const string Unit = "steps";
}
