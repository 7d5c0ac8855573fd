using System.Globalization;
using System.Security.Cryptography;
using FFRepro.Specs.Calibration;
using FFRepro.Specs.Paper;
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

    /// <summary>
    /// The snapshot above changes whenever the computation changes a table. <see cref="StatsSuite.Version"/> must then be
    /// raised, so that <c>report</c> treats tables stored by the older version as stale; this pair records the snapshot
    /// each version belongs to (update both together).
    /// </summary>
    [Fact]
    public void The_statistics_version_is_raised_with_every_change_of_the_snapshot()
    {
        var snapshot = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "specs", "Stats", "__snapshots__",
            $"{nameof(StatsSuiteSnapshotSpecs)}.{nameof(Hypothesis_and_exclusion_tables_of_a_fixed_grid_are_stable)}.snap"));
        Assert.Equal(("1", "ee15ec046a194ed29542ada6f73c0f0501c086b5b7dadc7218aa6b5102fda91a"),
            (StatsSuite.Version, Convert.ToHexStringLower(SHA256.HashData(snapshot))));
    }
}
