using FFRepro.Stats.Correlation;

namespace FFRepro.Stats.Suite;

/// <summary>Per-run layer-vs-model correlations for every layer metric, method and detrending.</summary>
internal static class CorrelationStage
{
    public static List<CorrelationRow> Run(
        IReadOnlyList<RunCurves> runs, IReadOnlyList<string> layerMetrics, string modelMetric, ExclusionLog log)
    {
        var rows = new List<CorrelationRow>();
        foreach (var rc in runs)
        {
            var r = rc.Run;
            var model = rc.Get(0, modelMetric);
            if (model is null) continue; // counted as a missing curve by CurveStore
            foreach (var metric in layerMetrics)
                for (var layer = 1; layer <= r.Depth; layer++)
                {
                    var curve = rc.Get(layer, metric);
                    if (curve is null) continue;
                    if (curve.Length != model.Length) { log.Add("curves", metric, "length_differs_from_model_curve"); continue; }
                    foreach (var method in new[] { CorrelationMethod.Pearson, CorrelationMethod.Spearman })
                        foreach (var detrended in new[] { false, true })
                        {
                            var value = CurveCorrelation.Compute(curve, model, method, detrended);
                            rows.Add(new CorrelationRow
                            {
                                RunId = r.RunId, Depth = r.Depth, Width = r.Width, Epochs = r.Epochs, Seed = r.Seed,
                                Layer = layer, LayerMetric = metric, ModelMetric = modelMetric,
                                Method = MethodName(method), Detrended = detrended,
                                Points = detrended ? curve.Length - 1 : curve.Length,
                                R = value, Z = FisherZ.Transform(value),
                            });
                        }
                }
        }

        return rows;
    }

    public static string MethodName(CorrelationMethod method) => method == CorrelationMethod.Pearson ? "pearson" : "spearman";
}
