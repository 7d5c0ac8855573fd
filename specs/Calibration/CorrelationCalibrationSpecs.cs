using FFRepro.Stats.Correlation;
using FFRepro.Stats.Tests;
using Xunit;
using Xunit.Abstractions;

namespace FFRepro.Specs.Calibration;

/// <summary>
/// Planted correlation: per run, two random walks over 100 epochs whose steps correlate with rho (so the detrended
/// correlation has a known population value); 30 runs per cell, 300 cells.
/// </summary>
public sealed class CorrelationCalibrationSpecs(ITestOutputHelper output)
{
    private static double[] CellR(double rho, Random random) =>
        Enumerable.Range(0, 30).Select(_ =>
        {
            var (layer, model) = SyntheticCurves.CorrelatedWalks(100, rho, random);
            return CurveCorrelation.Compute(layer, model, CorrelationMethod.Pearson, detrended: true);
        }).ToArray();

    /// <summary>The Fisher-z 95% interval of the mean covers the planted rho in at least 95% - 3 MC SEs of cells.</summary>
    [Theory]
    [InlineData(0.3)]
    [InlineData(0.7)]
    public void Fisher_z_interval_covers_the_planted_correlation(double rho)
    {
        const int cells = 300;
        var random = new Random(23);
        var covered = Enumerable.Range(0, cells).Count(_ =>
        {
            var e = FisherZAggregate.MeanCorrelation(CellR(rho, random));
            return e.Low <= rho && rho <= e.High;
        }) / (double)cells;
        output.WriteLine($"rho {rho}: coverage {covered:F3} over {cells} cells");
        Assert.True(covered >= 0.95 - 3 * Math.Sqrt(0.95 * 0.05 / cells), $"coverage {covered}");
    }

    /// <summary>
    /// H2's level test at the boundary (planted rho = 0.7 = strong) rejects at most alpha + 2.33 MC SEs. (A first version
    /// that tested against atanh(0.7) rejected 0.080 here: atanh(r) is biased upwards by rho / (2 (m - 1)); the test now
    /// uses that expected z as its null value.)
    /// </summary>
    [Fact]
    public void H2_level_test_rejects_at_most_alpha_at_the_strong_boundary()
    {
        const int cells = 300;
        var random = new Random(29);
        var rate = Enumerable.Range(0, cells).Count(_ =>
            OneSampleT.Greater(CellR(0.7, random).Select(FisherZ.Transform).ToArray(), FisherZ.ExpectedZ(0.7, 100)).P <= 0.05) / (double)cells;
        output.WriteLine($"H2 level null (rho = 0.7) rejection rate: {rate:F3} over {cells} cells");
        Assert.True(rate <= 0.05 + 2.33 * Math.Sqrt(0.05 * 0.95 / cells), $"rate {rate}");
    }

    [Fact]
    public void H2_level_test_detects_a_planted_correlation_of_0_8_with_power_at_least_0_8()
    {
        const int cells = 100;
        var random = new Random(31);
        var power = Enumerable.Range(0, cells).Count(_ =>
            OneSampleT.Greater(CellR(0.8, random).Select(FisherZ.Transform).ToArray(), FisherZ.ExpectedZ(0.7, 100)).P <= 0.05) / (double)cells;
        output.WriteLine($"H2 level power at planted rho 0.8: {power:F3} over {cells} cells");
        Assert.True(power >= 0.8, $"power {power}");
    }
}
