namespace FFRepro.Stats.Tests;

/// <summary>Outcome of a one-sided sign-flip permutation test of a mean.</summary>
/// <param name="Mean">Mean of the values (zeros included).</param>
/// <param name="N">Number of values.</param>
/// <param name="Positive">Values above 0.</param>
/// <param name="Zero">Values equal to 0.</param>
/// <param name="Negative">Values below 0.</param>
/// <param name="Exact">True when p comes from the exact distribution over all 2^n sign patterns.</param>
/// <param name="Resamples">Random sign patterns drawn for a Monte Carlo p; 0 when exact.</param>
/// <param name="P">One-sided p-value, P(mean* &gt;= mean) under random signs.</param>
public sealed record SignFlipResult(double Mean, int N, int Positive, int Zero, int Negative, bool Exact, int Resamples, double P);
