using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;
using FFRepro.Harness.Running;
using FFRepro.Stats.Data;

namespace FFRepro.Harness.Tracking;

/// <summary>
/// Estimates the training time of seed batches from the runs already stored. Each stored run gives the time of one
/// seed's network: its wall seconds (a share of its training unit) times the runs that shared each network (the
/// depths of a nested unit, <see cref="TrainedNote"/>), for the depth that was trained. A unit to train costs its seeds
/// times the per-seed time of its deepest network: the mean measured for that cell and depth when there is one, else a
/// <see cref="RunCostModel"/> fitted to every measurement. <see cref="Machines"/> says where the measurements were
/// taken, so that an estimate can say whose times it is made of.
/// </summary>
public sealed class CostEstimator
{
    private readonly Dictionary<string, double> _byCell;
    private readonly RunCostModel? _model;

    private CostEstimator(Dictionary<string, double> byCell, RunCostModel? model, IReadOnlyList<string> machines) =>
        (_byCell, _model, Machines) = (byCell, model, machines);

    /// <summary>The machines the measurements in use were taken on, most measurements first; empty when there are none.</summary>
    public IReadOnlyList<string> Machines { get; }

    /// <summary>Measurements from the runs <paramref name="scan"/> found for <paramref name="plan"/>, plus
    /// <paramref name="borrowed"/> (another grid's, already scaled) for the cost model.</summary>
    public static CostEstimator From(RunPlan plan, ResultScan scan, IReadOnlyList<CostObservation>? borrowed = null)
    {
        var planned = plan.Runs.ToDictionary(r => r.RunId, StringComparer.Ordinal);
        var measured = new List<(string Key, CostObservation Cost)>();
        foreach (var check in scan.Runs.Values)
        {
            var run = check.Run!;
            if (run.Status == RunStatus.Failed || !planned.TryGetValue(run.RunId, out var p)) continue;
            if (Observation(run, check.Metadata) is { } o) measured.Add((Key(p.Cell, o.Depth), o));
        }
        var byCell = measured.GroupBy(m => m.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Average(m => m.Cost.Seconds), StringComparer.Ordinal);
        List<CostObservation> all = [.. measured.Select(m => m.Cost), .. borrowed ?? []];
        var machines = all.GroupBy(o => o.Machine, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        return new CostEstimator(byCell, RunCostModel.Fit(all), machines);
    }

    /// <summary>The per-seed network time a stored run measured; null without a usable time.</summary>
    public static CostObservation? Observation(RunRecord run, IReadOnlyDictionary<string, string> metadata)
    {
        if (!(run.WallSeconds > 0) || !double.IsFinite(run.WallSeconds)) return null;
        var nested = TrainedNote.Parse(metadata.GetValueOrDefault(ResultSchema.TrainedKey));
        var machine = CostObservation.MachineOf(metadata);
        return nested is { } n
            ? new CostObservation(run.Epochs, run.Width, n.Trained, run.WallSeconds * n.Depths.Length, machine)
            : new CostObservation(run.Epochs, run.Width, run.Depth, run.WallSeconds, machine);
    }

    /// <summary>Estimated seconds to train <paramref name="batches"/> as one unit (nested when several); null when nothing
    /// has been measured.</summary>
    public double? Unit(IReadOnlyList<RunBatch> batches)
    {
        var deepest = batches.MaxBy(b => b.Runs[0].Resolved.Depth)!;
        return PerSeed(deepest) * deepest.Runs.Count;
    }

    private double? PerSeed(RunBatch batch)
    {
        var r = batch.Runs[0].Resolved;
        return _byCell.TryGetValue(Key(batch.Cell, r.Depth), out var s) ? s : _model?.Predict(r.Epochs, r.Width, r.Depth);
    }

    // The cell's other treatment values with the depth of the network trained.
    private static string Key(TreatmentCell cell, int depth) =>
        string.Join(",", cell.Values.Where(v => v.Key != NestedUnits.DepthField).Select(v => $"{v.Key}={v.Value.GetRawText()}")) + $"|depth={depth}";
}
