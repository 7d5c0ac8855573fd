namespace FFRepro.Stats.Coverage;

/// <summary>One cell of the design: what was planned and what the results hold.</summary>
public sealed record CoverageRow
{
    /// <summary>Hidden layers.</summary>
    public required int Depth { get; init; }
    /// <summary>Units per hidden layer.</summary>
    public required int Width { get; init; }
    /// <summary>Planned epochs.</summary>
    public required int Epochs { get; init; }
    /// <summary>Planned runs; null when the plan is unknown (then only cells with runs are listed).</summary>
    public required int? Planned { get; init; }
    /// <summary>Runs in the results, whatever their status.</summary>
    public required int Present { get; init; }
    /// <summary>Runs with status "ok" (the ones the statistics use).</summary>
    public required int Ok { get; init; }
    /// <summary>Planned runs without a result (planned - present, at least 0); 0 when the plan is unknown.</summary>
    public required int Missing { get; init; }
}
