namespace FFRepro.Harness.Results;

/// <summary>What reading one per-run file found: its run and curves, or the problem that makes it unusable.</summary>
/// <param name="Path">The file.</param>
/// <param name="Run">The run record; null when <paramref name="Problem"/> is set.</param>
/// <param name="Curves">Its curve points (empty when not read).</param>
/// <param name="Metadata">The file's key-value metadata.</param>
/// <param name="Problem">Why the file cannot be used; null when it can.</param>
public sealed record RunFileCheck(
    string Path,
    RunRecord? Run,
    IReadOnlyList<CurveRecord> Curves,
    IReadOnlyDictionary<string, string> Metadata,
    string? Problem)
{
    /// <summary>A file that cannot be used.</summary>
    public static RunFileCheck Bad(string path, string problem) =>
        new(path, null, [], new Dictionary<string, string>(), problem);
}
