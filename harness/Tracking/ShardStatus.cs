namespace FFRepro.Harness.Tracking;

/// <summary>Progress of one shard (or of the whole grid, as shard "all").</summary>
/// <param name="Shard">Shard label, e.g. <c>2/4</c>, or <c>all</c>.</param>
/// <param name="Planned">Runs planned.</param>
/// <param name="Done">Runs complete with status ok.</param>
/// <param name="Diverged">Runs complete with status diverged (kept; not retried).</param>
/// <param name="Failed">Runs whose last attempt failed (retried by the next <c>grid run</c>).</param>
/// <param name="Remaining">Runs still to train: planned - done - diverged (failed ones included).</param>
/// <param name="EtaSeconds">Estimated training time left for this shard, training units as planned (nested where
/// nesting is on); null before any run has finished.</param>
/// <param name="UnitsLeft">Training units with a run still to train.</param>
/// <param name="EtaUnnestedSeconds">The same estimate with every batch trained in its own network.</param>
public sealed record ShardStatus(string Shard, int Planned, int Done, int Diverged, int Failed, int Remaining, double? EtaSeconds,
    int UnitsLeft = 0, double? EtaUnnestedSeconds = null);
