namespace FFRepro.Harness.Results;

/// <summary>What <see cref="RunSeal.SealAsync"/> did.</summary>
/// <param name="Sealed">Legacy run files that now carry a checksum.</param>
/// <param name="AlreadySealed">Files that had one.</param>
/// <param name="Bad">Unusable files, left as they are (status and grid run report and quarantine them).</param>
public sealed record SealSummary(int Sealed, int AlreadySealed, IReadOnlyList<RunFileCheck> Bad);
