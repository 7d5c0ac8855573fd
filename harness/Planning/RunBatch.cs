namespace FFRepro.Harness.Planning;

/// <summary>
/// The unit of work and of sharding: seeds of one cell trained together in one batched model. Batches are fixed by
/// the spec, so a resumed grid trains exactly the batches an uninterrupted one would.
/// </summary>
/// <param name="Index">Position in the plan.</param>
/// <param name="Runs">The runs, one per seed, in seed order.</param>
public sealed record RunBatch(int Index, IReadOnlyList<PlannedRun> Runs)
{
    /// <summary>The cell all runs share.</summary>
    public TreatmentCell Cell => Runs[0].Cell;
}
