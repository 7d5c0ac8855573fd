namespace FFRepro.Harness.Bench;

/// <summary>Everything one <c>ffrepro bench</c> measured.</summary>
/// <param name="Rows">Training epochs and evaluation passes per shape and mode.</param>
/// <param name="Overheads">The evaluation schedule's cost on the design, per shape and mode (empty when evaluation was skipped).</param>
public sealed record BenchResults(IReadOnlyList<BenchRow> Rows, IReadOnlyList<OverheadRow> Overheads);
