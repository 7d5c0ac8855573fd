using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;
using FFRepro.Model.Metrics;
using FFRepro.Stats.Data;
using RunStatus = FFRepro.Model.Metrics.RunStatus;
using StatusNames = FFRepro.Stats.Data.RunStatus;

namespace FFRepro.Harness.Running;

/// <summary>Turns a model <see cref="RunResult"/> into the stored run record and tidy curve points.</summary>
public static class RunRecords
{
    /// <summary>The run record of <paramref name="run"/>.</summary>
    public static RunRecord Of(string grid, string dataset, string recipe, PlannedRun run, RunResult result,
        string device, string backend, DateTime started, DateTime finished, string error = "")
    {
        var lastTest = result.Curves.LastOrDefault(c => c.Split == EvalSplit.Test);
        return new RunRecord
        {
            RunId = run.RunId, Grid = grid, Dataset = dataset, Recipe = recipe,
            Treatment = run.Cell.Label, TreatmentJson = run.Cell.Json,
            Depth = run.Resolved.Depth, Width = run.Resolved.Width, Epochs = run.Resolved.Epochs,
            StepsPerEpoch = result.StepsPerEpoch, Seed = run.Seed, Device = device, Backend = backend,
            Status = StatusName(result.Status), EpochsCompleted = result.EpochsCompleted, DivergedAtEpoch = result.DivergedAtEpoch,
            FinalClassifierAccuracy = lastTest?.Model.ClassifierAccuracy, FinalGoodnessAccuracy = lastTest?.Model.GoodnessAccuracy,
            WallSeconds = result.WallSeconds, StartedUtc = started, FinishedUtc = finished,
            Error = error, RecipeJson = run.Resolved.Canonical,
        };
    }

    /// <summary>A failed run: no curves and no steps, the exception's message kept.</summary>
    public static RunResult Failed(long seed) => new(seed, RunStatus.Failed, 0, null, [], 0) { StepsPerEpoch = 0 };

    /// <summary>The status column's spelling.</summary>
    public static string StatusName(RunStatus status) => status switch
    {
        RunStatus.Ok => StatusNames.Ok,
        RunStatus.Diverged => StatusNames.Diverged,
        _ => StatusNames.Failed,
    };

    /// <summary>Tidy curve points: per evaluation point and split, five metrics per layer, then four model metrics at
    /// layer 0; then the running training-batch accuracy per point after step 0 and layer (split <c>train</c>).</summary>
    public static List<CurveRecord> Curves(RunRecord run, RunResult result)
    {
        var points = new List<CurveRecord>(result.Curves.Count * (5 * Math.Max(1, run.Depth) + 4) + result.RunningAccuracy.Count * run.Depth);
        CurveRecord Head(long step, string split) => new()
        {
            RunId = run.RunId, Treatment = run.Treatment, Depth = run.Depth, Width = run.Width, Epochs = run.Epochs,
            Seed = run.Seed, Step = step, Epoch = step / (double)result.StepsPerEpoch, SamplesSeen = step * result.SamplesPerStep,
            Split = split,
        };
        foreach (var e in result.Curves)
        {
            var head = Head(e.Step, e.Split == EvalSplit.Test ? Splits.Test : Splits.Train);
            foreach (var l in e.Layers)
            {
                points.Add(head with { Layer = l.Layer, Metric = MetricNames.LayerFfAccuracy, Value = l.FfAccuracy });
                points.Add(head with { Layer = l.Layer, Metric = MetricNames.LayerGoodnessAccuracy, Value = l.GoodnessAccuracy });
                points.Add(head with { Layer = l.Layer, Metric = MetricNames.GoodnessPos, Value = l.GoodnessPos });
                points.Add(head with { Layer = l.Layer, Metric = MetricNames.GoodnessNeg, Value = l.GoodnessNeg });
                points.Add(head with { Layer = l.Layer, Metric = MetricNames.LayerLoss, Value = l.Loss });
            }
            points.Add(head with { Metric = MetricNames.ModelClassifierAccuracy, Value = e.Model.ClassifierAccuracy });
            points.Add(head with { Metric = MetricNames.ModelGoodnessAccuracy, Value = e.Model.GoodnessAccuracy });
            points.Add(head with { Metric = MetricNames.ModelGoodnessAccuracyDeep, Value = e.Model.GoodnessAccuracyDeep });
            points.Add(head with { Metric = MetricNames.ClassifierLoss, Value = e.Model.ClassifierLoss });
        }
        foreach (var a in result.RunningAccuracy)
        {
            var head = Head(a.Step, Splits.Train);
            for (var l = 0; l < a.Layers.Count; l++)
                points.Add(head with { Layer = l + 1, Metric = MetricNames.LayerFfAccuracyTrain, Value = a.Layers[l] });
        }
        return points;
    }
}
