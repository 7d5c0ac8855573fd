using FFRepro.Stats.Data;
using MathNet.Numerics.Distributions;

namespace FFRepro.Specs.Calibration;

/// <summary>
/// A whole synthetic grid in the harness's input contract: per run, a model curve and per-layer curves whose midpoints
/// are delayed by <c>delay</c> epochs per layer (plus seed jitter), with layer noise growing by <c>noiseSlope</c> per width step.
/// </summary>
public static class SyntheticGrid
{
    public static (List<RunInfo> Runs, List<CurvePoint> Curves) Build(
        int[] depths, int[] widths, int epochs, int seeds, double delay, double noiseSlope, int seed, bool allMetrics = false)
    {
        var random = new Random(seed);
        var runs = new List<RunInfo>();
        var curves = new List<CurvePoint>();
        foreach (var depth in depths)
            for (var wi = 0; wi < widths.Length; wi++)
                for (var s = 0; s < seeds; s++)
                {
                    var width = widths[wi];
                    var id = $"d{depth}-w{width}-e{epochs}-s{s}";
                    runs.Add(new RunInfo(id, depth, width, epochs, s, RunStatus.Ok));
                    var m0 = 8 + 4 * random.NextDouble();
                    var splits = allMetrics ? new[] { Splits.Test, Splits.Train } : [Splits.Test];
                    foreach (var split in splits)
                    {
                        void Add(int layer, string metric, double[] a)
                        {
                            for (var e = 0; e < a.Length; e++)
                                curves.Add(new CurvePoint(id, depth, width, epochs, s, e, layer, metric, split, a[e]));
                        }

                        Add(0, MetricNames.ModelClassifierAccuracy, SyntheticCurves.Logistic(epochs, 0.1, 0.97, m0 + 2, 4, 0.005, random));
                        if (allMetrics)
                            foreach (var m in new[] { MetricNames.ModelGoodnessAccuracy, MetricNames.ModelGoodnessAccuracyDeep, MetricNames.ClassifierLoss })
                                Add(0, m, SyntheticCurves.Logistic(epochs, 0.1, 0.97, m0 + 2, 4, 0.005, random));
                        for (var layer = 1; layer <= depth; layer++)
                        {
                            var mid = m0 + (layer - 1) * delay + Normal.Sample(random, 0, 1);
                            var noise = 0.01 + noiseSlope * wi;
                            Add(layer, MetricNames.LayerFfAccuracy, SyntheticCurves.Logistic(epochs, 0.5, 0.95, mid, 3, noise, random));
                            Add(layer, MetricNames.LayerGoodnessAccuracy, SyntheticCurves.Logistic(epochs, 0.1, 0.9, mid, 3, noise, random));
                            if (allMetrics)
                                foreach (var m in new[] { MetricNames.GoodnessPos, MetricNames.GoodnessNeg, MetricNames.LayerLoss })
                                    Add(layer, m, SyntheticCurves.Logistic(epochs, 1, 0.2, mid, 3, noise, random));
                        }
                    }
                }

        return (runs, curves);
    }
}
