namespace FFRepro.Stats.Tests;

/// <summary>Outcome of a one-sample Wilcoxon signed-rank test.</summary>
/// <param name="WPlus">Sum of the ranks of |d| over the positive differences (zeros dropped).</param>
/// <param name="N">Number of non-zero differences that were ranked.</param>
/// <param name="Zeros">Number of zero differences dropped (Wilcoxon's convention).</param>
/// <param name="HasTies">Whether some |d| were tied (average ranks were used).</param>
/// <param name="Exact">True when the p-value comes from the exact null distribution.</param>
/// <param name="Z">Normal score of W+ (with tie and continuity corrections); NaN for the exact test.</param>
/// <param name="P">One-sided p-value.</param>
public sealed record WilcoxonResult(double WPlus, int N, int Zeros, bool HasTies, bool Exact, double Z, double P);
