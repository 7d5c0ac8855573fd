namespace FFRepro.Stats.Tests;

/// <summary>Outcome of a one-sided permutation test of a rank correlation.</summary>
/// <param name="Rho">Observed Spearman rho (average ranks).</param>
/// <param name="P">Permutation p-value, (1 + #{rho* &lt;= rho}) / (B + 1); NaN when rho is undefined.</param>
/// <param name="N">Number of pairs.</param>
/// <param name="Permutations">Number of permutations B.</param>
public sealed record PermutationResult(double Rho, double P, int N, int Permutations);
