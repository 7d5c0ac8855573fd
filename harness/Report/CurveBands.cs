using FFRepro.Stats.Data;

namespace FFRepro.Harness.Report;

/// <summary>
/// Mean curve and 95% band over seeds per cell and layer: mean(e) ± 1.96·sd(e)/√n(e), layer 0 being the model.
/// </summary>
internal static class CurveBands
{
    /// <summary>A cell of the grid.</summary>
    public readonly record struct Cell(int Depth, int Width, int Epochs);

    /// <summary>One mean curve with its band, indexed by epoch 0..max; epochs no run reached are NaN.</summary>
    public sealed record Band(double[] Epochs, double[] Mean, double[] Low, double[] High, int Runs);

    /// <summary>
    /// Bands of the layer metric (layers 1..depth) and the model metric (layer 0) on the options' split, over "ok" runs
    /// only (the same runs the statistics use); non-finite values are left out of their epoch's mean.
    /// </summary>
    public static IReadOnlyDictionary<Cell, SortedDictionary<int, Band>> Compute(ReportInput input)
    {
        var o = input.Options;
        var ok = input.Runs.Where(r => r.Status == RunStatus.Ok).Select(r => r.RunId).ToHashSet(StringComparer.Ordinal);
        var sums = new Dictionary<(Cell, int Layer), Accumulator>();
        foreach (var p in input.Curves)
        {
            if (p.Split != o.Split || !ok.Contains(p.RunId) || !double.IsFinite(p.Value) || p.Epoch < 0) continue;
            var wanted = p.Layer == 0 ? p.Metric == o.ModelMetric : p.Metric == o.LayerMetric;
            if (!wanted) continue;
            var key = (new Cell(p.Depth, p.Width, p.Epochs), p.Layer);
            if (!sums.TryGetValue(key, out var acc)) sums[key] = acc = new Accumulator();
            acc.Add(p.RunId, p.Epoch, p.Value);
        }

        var result = new Dictionary<Cell, SortedDictionary<int, Band>>();
        foreach (var ((cell, layer), acc) in sums)
        {
            if (!result.TryGetValue(cell, out var layers)) result[cell] = layers = [];
            layers[layer] = acc.ToBand();
        }

        return result;
    }

    /// <summary>Running sums per epoch (Welford would be overkill: accuracies are in [0, 1] and n is small).</summary>
    private sealed class Accumulator
    {
        private readonly List<double> _sum = [], _sumSq = [];
        private readonly List<int> _n = [];
        private readonly HashSet<string> _runs = new(StringComparer.Ordinal);

        public void Add(string runId, int epoch, double v)
        {
            _runs.Add(runId);
            while (_sum.Count <= epoch) { _sum.Add(0); _sumSq.Add(0); _n.Add(0); }
            _sum[epoch] += v;
            _sumSq[epoch] += v * v;
            _n[epoch]++;
        }

        public Band ToBand()
        {
            var count = _sum.Count;
            double[] xs = new double[count], mean = new double[count], low = new double[count], high = new double[count];
            for (var e = 0; e < count; e++)
            {
                xs[e] = e;
                var n = _n[e];
                var m = n > 0 ? _sum[e] / n : double.NaN;
                var variance = n > 1 ? Math.Max(0, (_sumSq[e] - n * m * m) / (n - 1)) : 0;
                var half = n > 0 ? 1.96 * Math.Sqrt(variance / n) : double.NaN;
                (mean[e], low[e], high[e]) = (m, m - half, m + half);
            }

            return new Band(xs, mean, low, high, _runs.Count);
        }
    }
}
