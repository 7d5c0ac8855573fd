using FFRepro.Stats.Onsets;

namespace FFRepro.Stats.Suite;

/// <summary>Onsets for every run, layer, metric and tau, and the delays between adjacent layers.</summary>
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
            foreach (var metric in metrics)
                foreach (var tau in taus)
                {
                    var found = new OnsetResult?[r.Depth + 1];
                    for (var layer = 1; layer <= r.Depth; layer++)
                    {
                        var curve = rc.Get(layer, metric);
                        if (curve is null) continue;
                        var o = Onset.Find(curve, tau, epsilon);
                        found[layer] = o;
                        onsets.Add(new OnsetRow
                        {
                            RunId = r.RunId, Depth = r.Depth, Width = r.Width, Epochs = r.Epochs, Seed = r.Seed,
                            Layer = layer, Metric = metric, Tau = tau, OnsetEpoch = o.Epoch, MissingReason = o.MissingReason,
                        });
                    }

                    for (var layer = 1; layer < r.Depth; layer++)
                    {
                        if (found[layer] is not { } a || found[layer + 1] is not { } b) continue;
                        var reason = !a.Found ? OnsetReasons.ShallowMissing : !b.Found ? OnsetReasons.DeepMissing : null;
                        delays.Add(new DelayRow
                        {
                            RunId = r.RunId, Depth = r.Depth, Width = r.Width, Epochs = r.Epochs, Seed = r.Seed,
                            Metric = metric, Tau = tau, ShallowLayer = layer, DeepLayer = layer + 1,
                            ShallowOnset = a.Epoch, DeepOnset = b.Epoch,
                            Delay = reason is null ? b.Epoch - a.Epoch : null, MissingReason = reason,
                        });
                    }
                }
        }

        return (onsets, delays);
    }
}
