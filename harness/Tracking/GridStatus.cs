using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;
using FFRepro.Stats.Data;

namespace FFRepro.Harness.Tracking;

/// <summary>Where a grid stands: per shard and overall, plus files that cannot be used and files without a checksum.</summary>
/// <param name="Grid">Grid name.</param>
/// <param name="Shards">One entry per shard.</param>
/// <param name="Total">The whole grid; its ETA is the sequential time left (shards in parallel divide it).</param>
/// <param name="Bad">Unusable files (they will be moved aside and re-run).</param>
/// <param name="Legacy">Usable run files written before run files carried a checksum (<see cref="ResultSchema.ChecksumKey"/>).</param>
/// <param name="Checkpoints">Checkpoint files of units in progress.</param>
/// <param name="TimesFrom">The machines whose measured run times the estimates are made of, most runs first; empty
/// when nothing was measured (then there are no estimates).</param>
public sealed record GridStatus(string Grid, IReadOnlyList<ShardStatus> Shards, ShardStatus Total, IReadOnlyList<RunFileCheck> Bad,
    int Legacy = 0, int Checkpoints = 0, IReadOnlyList<string>? TimesFrom = null)
{
    /// <summary>Computes the status of <paramref name="plan"/> split into <paramref name="shards"/> shards from what
    /// <paramref name="scan"/> found, with time estimates from <see cref="CostEstimator"/> (plus <paramref name="borrowed"/>
    /// measurements of another grid).</summary>
    public static GridStatus Compute(RunPlan plan, ResultScan scan, int shards, IReadOnlyList<CostObservation>? borrowed = null, int checkpoints = 0)
    {
        var costs = CostEstimator.From(plan, scan, borrowed);
        string? StatusOf(PlannedRun r) => scan.Runs.TryGetValue(r.RunId, out var c) ? c.Run!.Status : null;
        bool Missing(PlannedRun r) => StatusOf(r) is null or RunStatus.Failed;

        ShardStatus Of(string label, RunPlan part)
        {
            int planned = 0, done = 0, diverged = 0, failed = 0;
            foreach (var r in part.Runs)
            {
                planned++;
                switch (StatusOf(r))
                {
                    case RunStatus.Ok: done++; break;
                    case RunStatus.Diverged: diverged++; break;
                    case RunStatus.Failed: failed++; break;
                }
            }
            double? eta = 0, unnested = 0;
            var units = 0;
            foreach (var unit in part.Units)
            {
                var needed = unit.Batches.Where(b => b.Runs.Any(Missing)).ToList();
                if (needed.Count == 0) continue;
                units++;
                eta += costs.Unit(needed);
                foreach (var b in needed) unnested += costs.Unit([b]);
            }
            return new ShardStatus(label, planned, done, diverged, failed, planned - done - diverged, eta, units, unnested);
        }

        var list = Enumerable.Range(1, shards).Select(i => new Shard(i, shards)).Select(s => Of(s.ToString(), plan.ForShard(s))).ToList();
        var legacy = scan.Runs.Values.Count(c => !c.Metadata.ContainsKey(ResultSchema.ChecksumKey));
        return new GridStatus(plan.Spec.Name, list, Of("all", plan), scan.Bad, legacy, checkpoints, costs.Machines);
    }
}
