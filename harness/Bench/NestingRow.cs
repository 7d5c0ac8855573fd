namespace FFRepro.Harness.Bench;

/// <summary>One width of <c>ffrepro bench nesting</c>: an epoch and an evaluation pass of every depth trained separately
/// (summed over depths) against one nested network of the deepest depth with a classifier per depth.</summary>
/// <param name="Width">Units per layer.</param>
/// <param name="Depths">The depths.</param>
/// <param name="Seeds">Seeds batched.</param>
/// <param name="SeparateMs">Sum over depths of the median training epoch plus evaluation pass of that depth alone.</param>
/// <param name="NestedMs">Median training epoch plus evaluation pass of the nested network.</param>
/// <param name="PerDepthMs">The separate medians, per depth.</param>
/// <param name="Rounds">Every measurement: per round, each depth alone, then nested.</param>
public sealed record NestingRow(int Width, IReadOnlyList<int> Depths, int Seeds, double SeparateMs, double NestedMs, IReadOnlyList<double> PerDepthMs,
    IReadOnlyList<double[]> Rounds)
{
    /// <summary>How many times faster nesting is: separate / nested.</summary>
    public double Saving => SeparateMs / NestedMs;

    /// <summary>The saving within each round (separate sum over nested of the same round), whose spread shows the noise.</summary>
    public IEnumerable<double> RoundSavings => Rounds.Select(r => r[..^1].Sum() / r[^1]);
}
