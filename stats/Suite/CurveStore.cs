using FFRepro.Stats.Data;

namespace FFRepro.Stats.Suite;

/// <summary>Validates the input tables and turns the long curves table into per-run arrays, logging every exclusion.</summary>
internal static class CurveStore
{
    public static IReadOnlyList<RunCurves> Build(
        IReadOnlyList<RunInfo> runs, IReadOnlyList<CurvePoint> curves, StatsOptions options, ExclusionLog log,
        out bool hasAlternativeMetric)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(curves);
        if (runs.Count == 0) throw new StatsInputException("No runs were given.");
        var byId = new Dictionary<string, RunInfo>();
        foreach (var run in runs)
        {
            if (run is null) throw new ArgumentException("A run is null.", nameof(runs));
            if (run.Status is not (RunStatus.Ok or RunStatus.Diverged or RunStatus.Failed))
                throw new StatsInputException($"Run '{run.RunId}' has unknown status '{run.Status}' (ok | diverged | failed).");
            if (run.Depth < 1) throw new StatsInputException($"Run '{run.RunId}' has depth {run.Depth} (< 1).");
            if (run.StepsPerEpoch < 1) throw new StatsInputException($"Run '{run.RunId}' has {run.StepsPerEpoch} steps per epoch (< 1).");
            if (!byId.TryAdd(run.RunId, run)) throw new StatsInputException($"Run id '{run.RunId}' appears twice.");
        }

        foreach (var g in runs.Where(r => r.Status != RunStatus.Ok).GroupBy(r => r.Status))
            log.Add("runs", "all", $"status={g.Key}", g.Count());
        var ok = runs.Where(r => r.Status == RunStatus.Ok).ToList();
        if (ok.Count == 0) throw new StatsInputException("No run has status 'ok'; there is nothing to test.");

        var wanted = new HashSet<string> { options.LayerMetric, options.AlternativeLayerMetric, options.ModelMetric };
        var present = new HashSet<string>();
        var points = new Dictionary<(string RunId, int Layer, string Metric), List<(long Step, double Value)>>();
        int inSplit = 0, orphans = 0, badLayer = 0;
        foreach (var p in curves)
        {
            if (p is null || p.Split != options.Split) continue;
            inSplit++;
            if (!wanted.Contains(p.Metric)) continue;
            present.Add(p.Metric);
            if (!byId.TryGetValue(p.RunId, out var run)) { orphans++; continue; }
            if (run.Status != RunStatus.Ok) continue;
            if (p.Layer < 0 || p.Layer > run.Depth) { badLayer++; continue; }
            var key = (p.RunId, p.Layer, p.Metric);
            if (!points.TryGetValue(key, out var list)) points[key] = list = new List<(long, double)>(run.Epochs + 1);
            list.Add((p.Step, p.Value));
        }

        if (inSplit == 0) throw new StatsInputException($"No curve rows for split '{options.Split}'.");
        foreach (var (metric, field) in new[] { (options.LayerMetric, nameof(options.LayerMetric)), (options.ModelMetric, nameof(options.ModelMetric)) })
            if (!present.Contains(metric))
                throw new StatsInputException($"Metric '{metric}' ({field}) has no rows in split '{options.Split}'.");
        hasAlternativeMetric = present.Contains(options.AlternativeLayerMetric);
        if (!hasAlternativeMetric) log.Add("variants", options.AlternativeLayerMetric, "metric_absent: goodness_metric rows skipped", 1);
        log.Add("curves", "all", "rows_without_run", orphans);
        log.Add("curves", "all", "rows_with_layer_outside_0_to_depth", badLayer);

        var result = new List<RunCurves>(ok.Count);
        foreach (var run in ok)
        {
            var dict = new Dictionary<(int, string), EvalCurve>();
            Take(run, 0, options.ModelMetric, points, dict, log);
            for (var layer = 1; layer <= run.Depth; layer++)
            {
                Take(run, layer, options.LayerMetric, points, dict, log);
                if (hasAlternativeMetric) Take(run, layer, options.AlternativeLayerMetric, points, dict, log);
            }

            result.Add(new RunCurves(run, dict));
        }

        return result;
    }

    private static void Take(
        RunInfo run, int layer, string metric,
        Dictionary<(string, int, string), List<(long Step, double Value)>> points,
        Dictionary<(int, string), EvalCurve> into, ExclusionLog log)
    {
        if (!points.TryGetValue((run.RunId, layer, metric), out var list)) { log.Add("curves", metric, "missing_curve"); return; }
        list.Sort((a, b) => a.Step.CompareTo(b.Step));
        if (list[0].Step != 0) { log.Add("curves", metric, "no_point_at_step_0"); return; }
        for (var i = 1; i < list.Count; i++)
            if (list[i].Step == list[i - 1].Step) { log.Add("curves", metric, "step_repeated"); return; }
        if (list.Any(p => !double.IsFinite(p.Value))) { log.Add("curves", metric, "non_finite_values"); return; }
        into[(layer, metric)] = new EvalCurve(list.Select(p => p.Step).ToArray(), list.Select(p => p.Value).ToArray());
    }
}
