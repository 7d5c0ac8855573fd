using FFRepro.Stats.Correlation;

namespace FFRepro.Stats.Suite;

/// <summary>
/// Per-run layer-vs-model correlations: for every layer metric Pearson and Spearman, raw and detrended, over the whole
/// curve; plus every other (metric, method, detrending, window) a hypothesis variant asks for.
/// </summary>
internal static class CorrelationStage
{
    private static readonly bool[] Detrending = [false, true];

    public static List<CorrelationRow> Run(
        IReadOnlyList<RunCurves> runs, IReadOnlyList<string> layerMetrics, IReadOnlyList<CorrelationVariant> variants,
        string modelMetric, double riseFraction, double tolerance, ExclusionLog log)
    {
        var specs = layerMetrics
            .SelectMany(m => CorrelationMethods.All.SelectMany(method => Detrending
                .Select(d => (Metric: m, Method: method, Detrended: d, Window: CurveWindow.Whole))))
            .Concat(variants.Select(v => (v.Metric, v.Method, v.Detrended, v.Window)))
            .Distinct().ToList();
        var rows = new List<CorrelationRow>();
        foreach (var rc in runs)
        {
            var r = rc.Run;
            var model = rc.Get(0, modelMetric);
            if (model is null) continue; // counted as a missing curve by CurveStore
            var steps = rc.Steps(0, modelMetric)!;
            var riseEnd = CurveWindows.RiseEnd(model, riseFraction);
            for (var layer = 1; layer <= r.Depth; layer++)
                foreach (var spec in specs)
                {
                    var curve = rc.Get(layer, spec.Metric);
                    if (curve is null) continue;
                    if (!rc.Steps(layer, spec.Metric)!.AsSpan().SequenceEqual(steps)) { log.Add("curves", spec.Metric, "steps_differ_from_model_curve"); continue; }
                    var points = CurveWindows.Select(spec.Window, curve.Length, riseEnd, i => rc.IsEpochEnd(steps[i]));
                    var x = points.Select(i => curve[i]).ToArray();
                    var y = points.Select(i => model[i]).ToArray();
                    var value = CurveCorrelation.Compute(x, y, spec.Method, spec.Detrended, tolerance);
                    rows.Add(new CorrelationRow
                    {
                        RunId = r.RunId, Depth = r.Depth, Width = r.Width, Epochs = r.Epochs, Seed = r.Seed,
                        Layer = layer, LayerMetric = spec.Metric, ModelMetric = modelMetric,
                        Method = CorrelationMethods.Name(spec.Method), Detrended = spec.Detrended, Window = CurveWindows.Name(spec.Window),
                        Points = spec.Detrended ? Math.Max(0, points.Length - 1) : points.Length,
                        R = value, Z = FisherZ.Transform(value),
                    });
                }
        }

        return rows;
    }
}
