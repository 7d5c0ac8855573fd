namespace FFRepro.Harness.Results;

/// <summary>
/// Adds the content checksum (<see cref="ResultSchema.ChecksumKey"/>) to legacy run files that lack it, and records when
/// and by which version under <see cref="ResultSchema.SealedKey"/>. Every row and the run record are kept exactly (the run
/// record's JSON text, every other metadata key); the new file is read back and compared with the old one before it
/// replaces it. A file of schema <c>ffrepro-run/1</c> stays one: its own rows, under the checksum version 1 computes
/// (<see cref="Legacy.RunFileV1.Checksum"/>). The checksum vouches for the values as found at sealing: damage done before
/// cannot be detected.
/// </summary>
public static class RunSeal
{
    /// <summary>Seals every legacy run file of <paramref name="layout"/>; <paramref name="by"/> names the version doing it.</summary>
    public static async Task<SealSummary> SealAsync(ResultsLayout layout, string by, CancellationToken ct = default)
    {
        AtomicFile.RemoveStale(layout.RunsFolder);
        var scan = await ResultScan.ReadAsync(layout, null, withCurves: true);
        var when = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var count = 0;
        foreach (var check in scan.Runs.Values.Where(c => c.Legacy).OrderBy(c => c.Path, StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            var runJson = check.Metadata[ResultSchema.RunKey];
            var v1 = check.Metadata[ResultSchema.SchemaKey] == ResultSchema.RunFileV1 ? await RunFiles.ReadRowsV1Async(check.Path) : null;
            var meta = new Dictionary<string, string>(check.Metadata)
            {
                [ResultSchema.ChecksumKey] = v1 is null ? RunChecksum.Of(runJson, check.Curves) : Legacy.RunFileV1.Checksum(runJson, v1),
                [ResultSchema.SealedKey] = $"{when} by {by}: checksum added to a run file written without one; it vouches for the values as found then",
            };
            // Written beside the runs (hidden, not a *.parquet of the folder), checked, then moved over the original.
            var staging = Path.Combine(layout.RunsFolder, ".sealing", Path.GetFileName(check.Path));
            if (v1 is null) await RunFiles.WriteRawAsync(staging, check.Curves, meta, ct);
            else await RunFiles.WriteRawAsync(staging, v1, meta, ct);
            var again = await RunFiles.ReadAsync(staging, layout.Grid);
            if (again.Problem is not null || again.Legacy || !again.Curves.SequenceEqual(check.Curves, CurveBits.Instance)
                || again.Metadata[ResultSchema.RunKey] != check.Metadata[ResultSchema.RunKey])
            {
                StorageException.Guard(staging, () => File.Delete(staging));
                throw new StorageException($"sealing {Path.GetFileName(check.Path)}: the rewritten file does not read back the same ({again.Problem ?? "different content"}); the original is unchanged");
            }
            StorageException.Guard(check.Path, () => File.Move(staging, check.Path, overwrite: true));
            count++;
        }
        var stagingFolder = Path.Combine(layout.RunsFolder, ".sealing");
        if (Directory.Exists(stagingFolder) && !Directory.EnumerateFileSystemEntries(stagingFolder).Any())
            StorageException.Guard(stagingFolder, () => Directory.Delete(stagingFolder));
        return new SealSummary(count, scan.Runs.Count - count, scan.Bad);
    }

    /// <summary>Curve points equal field by field, values by their bits.</summary>
    private sealed class CurveBits : IEqualityComparer<CurveRecord>
    {
        public static readonly CurveBits Instance = new();

        public bool Equals(CurveRecord? a, CurveRecord? b) =>
            a is not null && b is not null && a with { Value = 0 } == b with { Value = 0 }
            && BitConverter.DoubleToInt64Bits(a.Value) == BitConverter.DoubleToInt64Bits(b.Value);

        public int GetHashCode(CurveRecord c) => c.RunId.GetHashCode(StringComparison.Ordinal);
    }
}
