namespace FFRepro.Stats.Tests;

/// <summary>Outcome of a one-sample Wilcoxon signed-rank test.</summary>
/// <param name="WPlus">Sum of the ranks of |d| over the positive differences.</param>
/// <param name="N">Number of non-zero differences.</param>
/// <param name="Zeros">Number of zero differences (dropped, or ranked and left out of W+, per <see cref="WilcoxonZeros"/>).</param>
/// <param name="HasTies">Whether some non-zero |d| were tied (average ranks were used).</param>
/// <param name="Exact">True when the p-value comes from the exact null distribution.</param>
/// <param name="Z">Normal score of W+ (with tie and continuity corrections); NaN for the exact test.</param>
/// <param name="P">One-sided p-value.</param>
public sealed record WilcoxonResult(double WPlus, int N, int Zeros, bool HasTies, bool Exact, double Z, double P);
