using FFRepro.Stats.Correlation;

namespace FFRepro.Stats.Suite;

/// <summary>Per-run layer-vs-model correlations for every layer metric, method, detrending and point set.</summary>
internal static class CorrelationStage
{
    /// <summary>Every evaluation point of the run, each weighing equally (a dense early schedule weighs early training more).</summary>
    public const string AllPoints = "all";

    /// <summary>Only the points at epoch ends (step 0 included): one point per epoch, comparable with per-epoch studies.</summary>
    public const string EpochEnds = "epoch_ends";

    public static List<CorrelationRow> Run(
        IReadOnlyList<RunCurves> runs, IReadOnlyList<string> layerMetrics, string modelMetric, ExclusionLog log)
    {
        var rows = new List<CorrelationRow>();
        foreach (var rc in runs)
        {
            var r = rc.Run;
            var model = rc.Get(0, modelMetric);
            if (model is null) continue; // counted as a missing curve by CurveStore
            var steps = rc.Steps(0, modelMetric)!;
            var ends = Enumerable.Range(0, steps.Length).Where(i => steps[i] % r.StepsPerEpoch == 0).ToArray();
            foreach (var metric in layerMetrics)
                for (var layer = 1; layer <= r.Depth; layer++)
                {
                    var curve = rc.Get(layer, metric);
                    if (curve is null) continue;
                    if (!rc.Steps(layer, metric)!.AsSpan().SequenceEqual(steps)) { log.Add("curves", metric, "steps_differ_from_model_curve"); continue; }
                    foreach (var (set, x, y) in new[] { (AllPoints, curve, model), (EpochEnds, Pick(curve, ends), Pick(model, ends)) })
                        foreach (var method in new[] { CorrelationMethod.Pearson, CorrelationMethod.Spearman })
                            foreach (var detrended in new[] { false, true })
                            {
                                var value = CurveCorrelation.Compute(x, y, method, detrended);
                                rows.Add(new CorrelationRow
                                {
                                    RunId = r.RunId, Depth = r.Depth, Width = r.Width, Epochs = r.Epochs, Seed = r.Seed,
                                    Layer = layer, LayerMetric = metric, ModelMetric = modelMetric,
                                    Method = MethodName(method), Detrended = detrended, PointSet = set,
                                    Points = detrended ? x.Length - 1 : x.Length,
                                    R = value, Z = FisherZ.Transform(value),
                                });
                            }
                }
        }

        return rows;
    }

    public static string MethodName(CorrelationMethod method) => method == CorrelationMethod.Pearson ? "pearson" : "spearman";

    private static double[] Pick(double[] values, int[] indices) => indices.Select(i => values[i]).ToArray();
}
