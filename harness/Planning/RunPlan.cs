using FFRepro.Harness.Design;

namespace FFRepro.Harness.Planning;

/// <summary>The expanded grid: batches in deterministic order (cells in product order, seeds in spec order).</summary>
/// <param name="Spec">The spec it came from.</param>
/// <param name="Batches">The batches of this plan (all of them, or one shard's).</param>
public sealed record RunPlan(GridSpec Spec, IReadOnlyList<RunBatch> Batches)
{
    /// <summary>Every run, in plan order.</summary>
    public IEnumerable<PlannedRun> Runs => Batches.SelectMany(b => b.Runs);

    /// <summary>Number of runs.</summary>
    public int Count => Batches.Sum(b => b.Runs.Count);

    /// <summary>The part of the plan that <paramref name="shard"/> runs.</summary>
    public RunPlan ForShard(Shard shard) => this with { Batches = Batches.Where(b => shard.Contains(b.Index)).ToList() };
}
