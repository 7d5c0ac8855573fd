namespace FFRepro.Stats.Data;

/// <summary>One run of the grid and how it ended.</summary>
/// <param name="RunId">Stable run id.</param>
/// <param name="Depth">Number of hidden layers.</param>
/// <param name="Width">Units per hidden layer.</param>
/// <param name="Epochs">Planned number of training epochs.</param>
/// <param name="Seed">Run seed.</param>
/// <param name="Status"><c>"ok"</c>, <c>"diverged"</c> or <c>"failed"</c>; only <c>"ok"</c> runs enter the tests.</param>
public sealed record RunInfo(string RunId, int Depth, int Width, int Epochs, long Seed, string Status)
{
    /// <summary>Optimizer steps per epoch (&gt;= 1): converts the steps of <see cref="CurvePoint.Step"/> to epochs, and
    /// marks the epoch ends (multiples of it). Default 1: curves indexed by epoch.</summary>
    public int StepsPerEpoch { get; init; } = 1;
}
