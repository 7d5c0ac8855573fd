using FFRepro.Harness.Design;

namespace FFRepro.Harness.Planning;

/// <summary>The expanded grid: batches in deterministic order (cells in product order, seeds in spec order), and the
/// training units they are trained in (<see cref="TrainingUnit"/>).</summary>
/// <param name="Spec">The spec it came from.</param>
/// <param name="Batches">The batches of this plan (all of them, or one shard's), in plan order.</param>
/// <param name="Units">The training units of these batches: each batch belongs to exactly one, in order of their first batch.</param>
public sealed record RunPlan(GridSpec Spec, IReadOnlyList<RunBatch> Batches, IReadOnlyList<TrainingUnit> Units)
{
    /// <summary>Every run, in plan order.</summary>
    public IEnumerable<PlannedRun> Runs => Batches.SelectMany(b => b.Runs);

    /// <summary>Number of runs.</summary>
    public int Count => Batches.Sum(b => b.Runs.Count);

    /// <summary>Whether some unit trains several depths in one network.</summary>
    public bool Nested => Units.Any(u => u.Nested);

    /// <summary>The part of the plan that <paramref name="shard"/> runs: whole training units, dealt round-robin.</summary>
    public RunPlan ForShard(Shard shard)
    {
        var units = Units.Where(u => shard.Contains(u.Index)).ToList();
        var mine = units.SelectMany(u => u.Batches).Select(b => b.Index).ToHashSet();
        return this with { Batches = Batches.Where(b => mine.Contains(b.Index)).ToList(), Units = units };
    }
}
