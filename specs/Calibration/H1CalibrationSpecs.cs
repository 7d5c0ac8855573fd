using FFRepro.Stats.Onsets;
using FFRepro.Stats.Tests;
using MathNet.Numerics.Distributions;
using Xunit;
using Xunit.Abstractions;

namespace FFRepro.Specs.Calibration;

/// <summary>
/// H1's pipeline (onset at tau 0.5 -> delay -> one-sided Wilcoxon) on synthetic cells of 30 seeds, 101 epochs.
/// Per seed: a shared midpoint U(15, 25); each of two layers gets that midpoint + N(0, 2) epochs (+ the planted delay
/// for the deeper one); curves 0.5 -> 0.95 logistic, scale 3 epochs, noise sd 0.01.
/// Stated sizes (fixed before measuring): null = delay 0; planted delay = 2 epochs (about 0.7 SD of a seed's delay).
/// </summary>
public sealed class H1CalibrationSpecs(ITestOutputHelper output)
{
    private const double Alpha = 0.05;

    private static double CellP(double delay, Random random)
    {
        var d = new double[30];
        for (var s = 0; s < d.Length; s++)
        {
            var mid = 15 + 10 * random.NextDouble();
            var shallow = SyntheticCurves.Logistic(100, 0.5, 0.95, mid + Normal.Sample(random, 0, 2), 3, 0.01, random);
            var deep = SyntheticCurves.Logistic(100, 0.5, 0.95, mid + delay + Normal.Sample(random, 0, 2), 3, 0.01, random);
            d[s] = Onset.Find(deep, 0.5).Index!.Value - Onset.Find(shallow, 0.5).Index!.Value;
        }

        return WilcoxonSignedRank.Greater(d).P;
    }

    /// <summary>At most alpha + 2.33 Monte Carlo SEs (one-sided 99% bound) of 400 null cells are rejected.</summary>
    [Fact]
    public void H1_rejects_at_most_alpha_of_null_cells()
    {
        const int cells = 400;
        var random = new Random(101);
        var rate = Enumerable.Range(0, cells).Count(_ => CellP(0, random) <= Alpha) / (double)cells;
        output.WriteLine($"H1 null rejection rate: {rate:F3} over {cells} cells (n = 30 seeds)");
        Assert.True(rate <= Alpha + 2.33 * Math.Sqrt(Alpha * (1 - Alpha) / cells), $"null rejection rate {rate}");
    }

    [Fact]
    public void H1_detects_a_planted_two_epoch_delay_with_power_at_least_0_8()
    {
        const int cells = 200;
        var random = new Random(102);
        var power = Enumerable.Range(0, cells).Count(_ => CellP(2, random) <= Alpha) / (double)cells;
        output.WriteLine($"H1 power at planted delay 2 epochs: {power:F3} over {cells} cells (n = 30 seeds)");
        Assert.True(power >= 0.8, $"power {power}");
    }
}
