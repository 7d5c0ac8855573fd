namespace FFRepro.Stats.Coverage;

/// <summary>A cell of the planned design and how many runs (seeds) it plans.</summary>
/// <param name="Depth">Hidden layers.</param>
/// <param name="Width">Units per hidden layer.</param>
/// <param name="Epochs">Planned epochs.</param>
/// <param name="Runs">Planned runs (seeds) of the cell.</param>
public sealed record PlannedCell(int Depth, int Width, int Epochs, int Runs);
