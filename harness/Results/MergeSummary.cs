namespace FFRepro.Harness.Results;

/// <summary>What a merge wrote and what it left out.</summary>
/// <param name="Runs">Rows written to runs.parquet.</param>
/// <param name="CurvePoints">Rows written to curves.parquet.</param>
/// <param name="Bad">Files left out, each with its problem.</param>
/// <param name="Missing">Planned runs without a usable file (when the plan is known).</param>
/// <param name="Seconds">Wall time of the merge.</param>
/// <param name="ReadSeconds">Part of it spent reading and checking the per-run files.</param>
/// <param name="Legacy">Merged run files without a content checksum (<see cref="RunFileCheck.Legacy"/>).</param>
public sealed record MergeSummary(int Runs, long CurvePoints, IReadOnlyList<RunFileCheck> Bad, int Missing, double Seconds, double ReadSeconds, int Legacy = 0);
