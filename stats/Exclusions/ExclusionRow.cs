namespace FFRepro.Stats.Exclusions;

/// <summary>A count of things left out of the statistics, and why (nothing is dropped silently).</summary>
public sealed record ExclusionRow
{
    /// <summary>Where it was left out: <c>runs</c>, <c>curves</c>, <c>H1</c>, <c>H2</c>, <c>H3</c>, <c>variants</c>, or
    /// <c>design</c> for a test the planned design asks for that the results cannot run (or run only in part).</summary>
    public required string Stage { get; init; }
    /// <summary>What it concerns: a metric, a cell and variant, or <c>all</c>.</summary>
    public required string Scope { get; init; }
    /// <summary>Why, e.g. <c>status=diverged</c>, <c>no_rise</c>, <c>non_finite_values</c>.</summary>
    public required string Reason { get; init; }
    /// <summary>How many runs (or curves, per the stage) were left out; for <c>design</c>, the planned runs without an
    /// "ok" result in the cells the test needs (0 when the runs exist but the design still rules the test out).</summary>
    public required int Count { get; init; }
}
