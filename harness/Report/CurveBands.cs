using FFRepro.Stats.Data;

namespace FFRepro.Harness.Report;

/// <summary>
/// Mean curve and 95% band over seeds per cell and layer at each evaluation step: mean(s) ± 1.96·sd(s)/√n(s), layer 0
/// being the model.
/// </summary>
internal static class CurveBands
{
    /// <summary>A cell of the grid.</summary>
    public readonly record struct Cell(int Depth, int Width, int Epochs);

    /// <summary>One mean curve with its band at the evaluation steps any run of the cell recorded, ascending.</summary>
    /// <param name="Steps">Evaluation steps.</param>
    /// <param name="Epochs">The same in epochs (step / steps per epoch).</param>
    /// <param name="Mean">Mean over the runs that recorded the step.</param>
    /// <param name="Low">Lower band edge.</param>
    /// <param name="High">Upper band edge.</param>
    /// <param name="Runs">Runs that contributed.</param>
    public sealed record Band(double[] Steps, double[] Epochs, double[] Mean, double[] Low, double[] High, int Runs);

    /// <summary>
    /// Bands of the layer metric (layers 1..depth) and the model metric (layer 0) on the options' split, over "ok" runs
    /// only (the same runs the statistics use); non-finite values are left out of their step's mean. A cell's steps per
    /// epoch are its runs' (<see cref="RunInfo.StepsPerEpoch"/>).
    /// </summary>
    public static IReadOnlyDictionary<Cell, SortedDictionary<int, Band>> Compute(ReportInput input)
    {
        var o = input.Options;
        var ok = input.Runs.Where(r => r.Status == RunStatus.Ok).ToDictionary(r => r.RunId, r => r.StepsPerEpoch, StringComparer.Ordinal);
        var sums = new Dictionary<(Cell, int Layer), Accumulator>();
        foreach (var p in input.Curves)
        {
            if (p.Split != o.Split || !ok.TryGetValue(p.RunId, out var stepsPerEpoch) || !double.IsFinite(p.Value) || p.Step < 0) continue;
            var wanted = p.Layer == 0 ? p.Metric == o.ModelMetric : p.Metric == o.LayerMetric;
            if (!wanted) continue;
            var key = (new Cell(p.Depth, p.Width, p.Epochs), p.Layer);
            if (!sums.TryGetValue(key, out var acc)) sums[key] = acc = new Accumulator(stepsPerEpoch);
            acc.Add(p.RunId, p.Step, p.Value);
        }

        var result = new Dictionary<Cell, SortedDictionary<int, Band>>();
        foreach (var ((cell, layer), acc) in sums)
        {
            if (!result.TryGetValue(cell, out var layers)) result[cell] = layers = [];
            layers[layer] = acc.ToBand();
        }

        return result;
    }

    /// <summary>Running sums per step (Welford would be overkill: accuracies are in [0, 1] and n is small).</summary>
    private sealed class Accumulator(int stepsPerEpoch)
    {
        private readonly SortedDictionary<long, (double Sum, double SumSq, int N)> _at = [];
        private readonly HashSet<string> _runs = new(StringComparer.Ordinal);

        public void Add(string runId, long step, double v)
        {
            _runs.Add(runId);
            var (sum, sumSq, n) = _at.GetValueOrDefault(step);
            _at[step] = (sum + v, sumSq + v * v, n + 1);
        }

        public Band ToBand()
        {
            var count = _at.Count;
            double[] steps = new double[count], epochs = new double[count], mean = new double[count], low = new double[count], high = new double[count];
            var i = 0;
            foreach (var (step, (sum, sumSq, n)) in _at)
            {
                steps[i] = step;
                epochs[i] = step / (double)stepsPerEpoch;
                var m = sum / n;
                var variance = n > 1 ? Math.Max(0, (sumSq - n * m * m) / (n - 1)) : 0;
                var half = 1.96 * Math.Sqrt(variance / n);
                (mean[i], low[i], high[i]) = (m, m - half, m + half);
                i++;
            }

            return new Band(steps, epochs, mean, low, high, _runs.Count);
        }
    }
}
