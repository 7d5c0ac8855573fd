using FFRepro.Stats.Hypotheses;
using ScottPlot;

namespace FFRepro.Harness.Report;

/// <summary>One colour per verdict, the same in every figure, so a glance tells which claims hold.</summary>
internal static class VerdictColors
{
    /// <summary>Verdicts with their colours, in legend order.</summary>
    public static IReadOnlyList<(string Verdict, Color Color)> All { get; } =
    [
        (Verdicts.Supported, Color.FromHex("#2ca02c")),
        (Verdicts.NotSupported, Color.FromHex("#d62728")),
        (Verdicts.Inconclusive, Color.FromHex("#7f7f7f")),
    ];
}
