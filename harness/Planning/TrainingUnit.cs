namespace FFRepro.Harness.Planning;

/// <summary>
/// What one training produces, the unit of work, resume and sharding: one seed batch, or (nested) the seed batches of
/// cells that differ only in depth, trained as one network of the deepest depth with a classifier per depth. Every run
/// of a nested unit is bit-identical to the run trained alone, with the same id.
/// </summary>
/// <param name="Index">Position among the plan's units (shards deal units round-robin by it).</param>
/// <param name="Batches">Its batches, by ascending depth; one unless nested.</param>
public sealed record TrainingUnit(int Index, IReadOnlyList<RunBatch> Batches)
{
    /// <summary>Whether several depths are trained in one network.</summary>
    public bool Nested => Batches.Count > 1;

    /// <summary>Every run, batch after batch.</summary>
    public IEnumerable<PlannedRun> Runs => Batches.SelectMany(b => b.Runs);

    /// <summary>The batch of the deepest network.</summary>
    public RunBatch Deepest => Batches[^1];

    /// <summary>The cell label with the depths joined, e.g. <c>depth=2+3+4,width=100,epochs=100</c>; the batch's cell label
    /// when not nested.</summary>
    public string Label => Nested
        ? Deepest.Cell.Label.Replace($"{NestedUnits.DepthField}={Deepest.Runs[0].Resolved.Depth}",
            $"{NestedUnits.DepthField}={string.Join("+", Batches.Select(b => b.Runs[0].Resolved.Depth))}", StringComparison.Ordinal)
        : Batches[0].Cell.Label;
}
