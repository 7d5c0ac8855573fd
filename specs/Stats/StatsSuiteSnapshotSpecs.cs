using System.Globalization;
using FFRepro.Specs.Calibration;
using FFRepro.Stats;
using FFRepro.Stats.Data;
using Snapshooter.Xunit;
using Xunit;

namespace FFRepro.Specs.Stats;

/// <summary>
/// Regression snapshot of the hypothesis and exclusion tables for a small fixed synthetic grid (depths 2-3, widths
/// 100/1000, 8 seeds, planted delay 3 epochs, noise slope 0.005). Numbers are written with 6 significant digits in the
/// invariant culture so the snapshot does not depend on the machine's last-bit floating point.
/// </summary>
public sealed class StatsSuiteSnapshotSpecs
{
    private static string F(double v) => double.IsNaN(v) ? "NaN" : v.ToString("G6", CultureInfo.InvariantCulture);

    private static string Share(double? v) => v is { } f ? F(f) : "-";

    [Fact]
    public void Hypothesis_and_exclusion_tables_of_a_fixed_grid_are_stable()
    {
        var (runs, curves) = SyntheticGrid.Build([2, 3], [100, 1000], 100, 8, 3, 0.005, 11);
        runs[0] = runs[0] with { Status = RunStatus.Diverged };
        var t = StatsSuite.Compute(runs, curves, StatsOptions.Default with { BootstrapResamples = 500, Permutations = 500 });
        Snapshot.Match(new
        {
            Hypotheses = t.Hypotheses.Select(h =>
                $"{h.Hypothesis} {h.Family} {h.Variant} d={h.Depths} w={h.Widths} e={h.Epochs} L={h.Layers} n={h.N} x={h.Excluded} " +
                $"effect={F(h.Effect)} [{F(h.CiLow)}, {F(h.CiHigh)}] +/0/-={Share(h.PositiveFraction)}/{Share(h.ZeroFraction)}/{Share(h.NegativeFraction)} " +
                $"{h.Test}: {h.StatisticName}={F(h.Statistic)} p={F(h.P)} p_holm={F(h.PHolm)} {h.Verdict} {h.Note}".TrimEnd()).ToList(),
            Sensitivity = t.Sensitivity.Select(s => $"{s.Family} d={s.Depth} w={s.Width} L={s.Layers}: {s.VariantVerdicts} -> {s.Robust}").ToList(),
            Exclusions = t.Exclusions.Select(e => $"{e.Stage} | {e.Scope} | {e.Reason} | {e.Count}").ToList(),
        });
    }
}
