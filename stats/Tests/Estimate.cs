namespace FFRepro.Stats.Tests;

/// <summary>A point estimate with a two-sided confidence interval.</summary>
/// <param name="Value">The estimate (NaN when there are no observations).</param>
/// <param name="Low">Lower confidence bound (NaN when it cannot be formed, e.g. n &lt; 2).</param>
/// <param name="High">Upper confidence bound (NaN when it cannot be formed).</param>
/// <param name="N">Number of observations used.</param>
public sealed record Estimate(double Value, double Low, double High, int N);
