using FFRepro.Stats.Onsets;

namespace FFRepro.Stats.Suite;

/// <summary>Onsets for every run, layer, metric and tau, in steps with their resolution, and the delays between adjacent layers.</summary>
internal static class OnsetStage
{
    public static (List<OnsetRow> Onsets, List<DelayRow> Delays) Run(
        IReadOnlyList<RunCurves> runs, IReadOnlyList<string> metrics, IReadOnlyList<double> taus, double epsilon)
    {
        var onsets = new List<OnsetRow>();
        var delays = new List<DelayRow>();
        foreach (var rc in runs)
        {
            var r = rc.Run;
            double Epochs(long steps) => steps / (double)r.StepsPerEpoch;
            foreach (var metric in metrics)
                foreach (var tau in taus)
                {
                    // Per layer: the onset, and the steps of its point and of the point before (null when missing).
                    var found = new (OnsetResult Onset, long? Step, long? Previous)?[r.Depth + 1];
                    for (var layer = 1; layer <= r.Depth; layer++)
                    {
                        var curve = rc.Get(layer, metric);
                        if (curve is null) continue;
                        var steps = rc.Steps(layer, metric)!;
                        var o = Onset.Find(curve, tau, epsilon);
                        long? at = o.Index is { } i ? steps[i] : null, before = o.Index is { } j ? steps[j - 1] : null;
                        found[layer] = (o, at, before);
                        onsets.Add(new OnsetRow
                        {
                            RunId = r.RunId, Depth = r.Depth, Width = r.Width, Epochs = r.Epochs, Seed = r.Seed,
                            Layer = layer, Metric = metric, Tau = tau,
                            OnsetStep = at, OnsetEpoch = at is { } s ? Epochs(s) : null, ResolutionSteps = at - before,
                            MissingReason = o.MissingReason,
                        });
                    }

                    for (var layer = 1; layer < r.Depth; layer++)
                    {
                        if (found[layer] is not { } a || found[layer + 1] is not { } b) continue;
                        var reason = !a.Onset.Found ? OnsetReasons.ShallowMissing : !b.Onset.Found ? OnsetReasons.DeepMissing : null;
                        var delay = reason is null ? b.Step - a.Step : null;
                        delays.Add(new DelayRow
                        {
                            RunId = r.RunId, Depth = r.Depth, Width = r.Width, Epochs = r.Epochs, Seed = r.Seed,
                            Metric = metric, Tau = tau, ShallowLayer = layer, DeepLayer = layer + 1,
                            ShallowOnsetStep = a.Step, DeepOnsetStep = b.Step,
                            DelaySteps = delay, DelayEpochs = delay is { } d ? Epochs(d) : null,
                            DelayMinSteps = reason is null ? b.Previous - a.Step : null,
                            DelayMaxSteps = reason is null ? b.Step - a.Previous : null,
                            ResolutionSteps = reason is null ? Math.Max(a.Step!.Value - a.Previous!.Value, b.Step!.Value - b.Previous!.Value) : null,
                            BelowResolution = reason is null ? a.Step == b.Step : null,
                            MissingReason = reason,
                        });
                    }
                }
        }

        return (onsets, delays);
    }
}
