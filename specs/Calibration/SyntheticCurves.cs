using MathNet.Numerics.Distributions;

namespace FFRepro.Specs.Calibration;

/// <summary>Synthetic accuracy curves with planted onsets, noise and correlation (randomness passed in).</summary>
public static class SyntheticCurves
{
    /// <summary>a(e) = start + (end - start) * sigmoid((e - midpoint) / scale) + N(0, noiseSd), e = 0..epochs.</summary>
    public static double[] Logistic(int epochs, double start, double end, double midpoint, double scale, double noiseSd, Random random)
    {
        var a = new double[epochs + 1];
        for (var e = 0; e <= epochs; e++)
            a[e] = start + (end - start) * Sigmoid((e - midpoint) / scale) + (noiseSd > 0 ? Normal.Sample(random, 0, noiseSd) : 0);
        return a;
    }

    /// <summary>
    /// The onset of the noise-free logistic, solved analytically (independent of the code under test): the threshold
    /// T = f(0) + tau (f(epochs) - f(0)) is reached at e* = midpoint + scale * logit((T - start) / (end - start)); the
    /// onset is the first integer epoch at or after e*.
    /// </summary>
    public static int PlantedOnset(int epochs, double start, double end, double midpoint, double scale, double tau)
    {
        double F(double e) => start + (end - start) * Sigmoid((e - midpoint) / scale);
        var threshold = F(0) + tau * (F(epochs) - F(0));
        var q = (threshold - start) / (end - start);
        return (int)Math.Ceiling(midpoint + scale * Math.Log(q / (1 - q)) - 1e-12);
    }

    /// <summary>Two random walks over epochs whose steps (first differences) have population correlation rho.</summary>
    public static (double[] Layer, double[] Model) CorrelatedWalks(int epochs, double rho, Random random)
    {
        var layer = new double[epochs + 1];
        var model = new double[epochs + 1];
        for (var e = 1; e <= epochs; e++)
        {
            var x = Normal.Sample(random, 0, 1);
            var y = rho * x + Math.Sqrt(1 - rho * rho) * Normal.Sample(random, 0, 1);
            model[e] = model[e - 1] + x;
            layer[e] = layer[e - 1] + y;
        }

        return (layer, model);
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
