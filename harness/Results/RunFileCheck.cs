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
    /// <summary>A usable run file without a content checksum (<see cref="ResultSchema.ChecksumKey"/>): written before run
    /// files carried one. Its structure, ids and row count are checked; a changed value inside a data page is not caught.</summary>
    public bool Legacy => Problem is null && !Metadata.ContainsKey(ResultSchema.ChecksumKey);

    /// <summary>A file that cannot be used.</summary>
    public static RunFileCheck Bad(string path, string problem) =>
        new(path, null, [], new Dictionary<string, string>(), problem);
}
