using MathNet.Numerics.LinearRegression;

namespace FFRepro.Harness.Tracking;

/// <summary>
/// Predicts the wall time of training one seed's network of a shape that has not been measured yet from shapes that have:
/// <c>seconds = a * epochs * depth + b * epochs * parameters</c>, fitted by least squares on the cells' mean run times.
/// The first term is the per-operation cost that dominates small networks (kernel launches, a fixed number of
/// operations per layer and step), the second the arithmetic and memory traffic that dominate wide ones
/// (parameters = 784 * width + (depth - 1) * width^2, MNIST-sized inputs). Where the two cannot be told apart (fewer
/// than two cells, or a negative coefficient) it falls back to time proportional to epochs * width * depth.
/// </summary>
public sealed class RunCostModel
{
    private const int InputFeatures = 784;

    // Fitted: seconds = _perOp * f0 + _perParam * f1. Fallback (both zero): seconds = _perProportional * epochs * width * depth.
    private readonly double _perOp, _perParam, _perProportional;

    private RunCostModel(double perOp, double perParam, double perProportional)
    {
        (_perOp, _perParam, _perProportional) = (perOp, perParam, perProportional);
    }

    /// <summary>Fits the model to measured networks; null when there are none.</summary>
    public static RunCostModel? Fit(IReadOnlyList<CostObservation> finished)
    {
        if (finished.Count == 0) return null;
        var cells = finished.GroupBy(r => (r.Epochs, r.Width, r.Depth))
            .Select(g => (Features: Features(g.Key.Epochs, g.Key.Width, g.Key.Depth), Seconds: g.Average(r => r.Seconds)))
            .ToList();
        if (cells.Count >= 2)
        {
            try
            {
                var p = MultipleRegression.QR(cells.Select(c => c.Features).ToArray(), cells.Select(c => c.Seconds).ToArray(), intercept: false);
                if (p.Length == 2 && p.All(v => v >= 0 && double.IsFinite(v)) && p.Any(v => v > 0))
                    return new RunCostModel(p[0], p[1], 0);
            }
            catch (ArgumentException)
            {
                // Collinear cells (e.g. one shape at several epoch counts): the proportional model below.
            }
        }
        return new RunCostModel(0, 0, finished.Sum(r => r.Seconds) / finished.Sum(r => Proportional(r.Epochs, r.Width, r.Depth)));
    }

    /// <summary>Whether the two-term fit is in use (else the proportional fallback).</summary>
    public bool Fitted => _perOp > 0 || _perParam > 0;

    /// <summary>Predicted wall seconds of one seed's network.</summary>
    public double Predict(int epochs, int width, int depth)
    {
        if (!Fitted) return _perProportional * Proportional(epochs, width, depth);
        var f = Features(epochs, width, depth);
        return _perOp * f[0] + _perParam * f[1];
    }

    private static double[] Features(int epochs, int width, int depth)
    {
        double e = Math.Max(1, epochs), w = Math.Max(1, width), d = Math.Max(1, depth);
        return [e * d, e * (InputFeatures * w + (d - 1) * w * w)];
    }

    private static double Proportional(int epochs, int width, int depth) => Math.Max(1.0, epochs) * Math.Max(1, width) * Math.Max(1, depth);
}
