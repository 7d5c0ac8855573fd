using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;

namespace FFRepro.Harness.Tracking;

/// <summary>Where a grid stands: per shard and overall, plus files that cannot be used.</summary>
/// <param name="Grid">Grid name.</param>
/// <param name="Shards">One entry per shard.</param>
/// <param name="Total">The whole grid; its ETA is the sequential time left (shards in parallel divide it).</param>
/// <param name="Bad">Unusable files (they will be moved aside and re-run).</param>
public sealed record GridStatus(string Grid, IReadOnlyList<ShardStatus> Shards, ShardStatus Total, IReadOnlyList<RunFileCheck> Bad)
{
    /// <summary>Computes the status of <paramref name="plan"/> split into <paramref name="shards"/> shards from what
    /// <paramref name="scan"/> found. A remaining run's time is estimated by the mean wall time of finished runs of
    /// its treatment cell, else by a <see cref="RunCostModel"/> fitted to the finished cells.</summary>
    public static GridStatus Compute(RunPlan plan, ResultScan scan, int shards)
    {
        var finished = scan.Runs.Values.Select(c => c.Run!).Where(r => r.Status != "failed").ToList();
        var byCell = finished.GroupBy(r => r.Treatment).ToDictionary(g => g.Key, g => g.Average(r => r.WallSeconds));
        var model = RunCostModel.Fit(finished);

        double? Estimate(PlannedRun run) =>
            byCell.TryGetValue(run.Cell.Label, out var s) ? s : model?.Predict(run.Resolved.Epochs, run.Resolved.Width, run.Resolved.Depth);

        ShardStatus Of(string label, IEnumerable<PlannedRun> runs)
        {
            int planned = 0, done = 0, diverged = 0, failed = 0;
            double? eta = 0;
            foreach (var r in runs)
            {
                planned++;
                var status = scan.Runs.TryGetValue(r.RunId, out var c) ? c.Run!.Status : null;
                if (status == "ok") done++;
                else if (status == "diverged") diverged++;
                else
                {
                    if (status == "failed") failed++;
                    eta += Estimate(r);
                }
            }
            return new ShardStatus(label, planned, done, diverged, failed, planned - done - diverged, eta);
        }

        var list = Enumerable.Range(1, shards).Select(i => new Shard(i, shards))
            .Select(s => Of(s.ToString(), plan.ForShard(s).Runs)).ToList();
        return new GridStatus(plan.Spec.Name, list, Of("all", plan.Runs), scan.Bad);
    }
}
