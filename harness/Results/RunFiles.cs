using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FFRepro.Harness.Results.Legacy;
using Parquet;
using Parquet.Serialization;

namespace FFRepro.Harness.Results;

/// <summary>
/// Writes and reads per-run Parquet files. A run file's rows are the run's curve points in the schema of
/// <c>curves.parquet</c>; its run record travels as JSON in the key-value metadata (<see cref="ResultSchema.RunKey"/>),
/// so a footer-only read gives the run record, and merge appends rows without converting them.
/// Reading validates schema, grid, id and row count; files of the previous schema (<see cref="ResultSchema.RunFileV1"/>)
/// are read as current records.
/// </summary>
public static class RunFiles
{
    private static readonly ParquetOptions Options = new() { CompressionMethod = CompressionMethod.Snappy };

    /// <summary>JSON of run records in metadata: NaN accuracies are legal.</summary>
    public static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <summary>Writes run <paramref name="run"/> with its curve points atomically to <paramref name="path"/>.</summary>
    /// <param name="path">Target file, normally <see cref="ResultsLayout.RunFile"/>.</param>
    /// <param name="run">The run record.</param>
    /// <param name="curves">Its curve points (may be empty).</param>
    /// <param name="metadata">Provenance and the resolved spec; schema, grid, id, run and row keys are added here.</param>
    /// <param name="ct">Cancellation.</param>
    public static Task WriteAsync(string path, RunRecord run, IReadOnlyList<CurveRecord> curves,
        IReadOnlyDictionary<string, string> metadata, CancellationToken ct = default)
    {
        var runJson = JsonSerializer.Serialize(run, Json);
        var meta = new Dictionary<string, string>(metadata)
        {
            [ResultSchema.SchemaKey] = ResultSchema.RunFile,
            [ResultSchema.GridKey] = run.Grid,
            [ResultSchema.RunIdKey] = run.RunId,
            [ResultSchema.RunKey] = runJson,
            [ResultSchema.RowsKey] = curves.Count.ToString(CultureInfo.InvariantCulture),
            [ResultSchema.ChecksumKey] = RunChecksum.Of(runJson, curves),
        };
        return AtomicFile.WriteAsync(path, s => ParquetSerializer.SerializeAsync(curves, s, Options, meta, ct), ct);
    }

    /// <summary>Writes rows (<see cref="CurveRecord"/>, or <see cref="CurveRecordV1"/> for a version 1 file) with exactly
    /// the metadata given (no keys added), atomically; for rewriting a file's metadata without touching its rows or run record.</summary>
    public static Task WriteRawAsync<T>(string path, IReadOnlyList<T> rows, IReadOnlyDictionary<string, string> metadata, CancellationToken ct = default) =>
        AtomicFile.WriteAsync(path, s => ParquetSerializer.SerializeAsync(rows, s, Options, new Dictionary<string, string>(metadata), ct), ct);

    /// <summary>The rows of a version 1 run file as stored (int32 epochs), unchecked; <see cref="ReadAsync"/> checks a file.</summary>
    public static async Task<IReadOnlyList<CurveRecordV1>> ReadRowsV1Async(string path)
    {
        await using var stream = File.OpenRead(path);
        return (await ParquetSerializer.DeserializeAsync<CurveRecordV1>(stream)).Data.AsReadOnly();
    }

    /// <summary>Reads and checks a per-run file. Never throws for bad content: problems come back in the result.</summary>
    /// <param name="path">The file.</param>
    /// <param name="grid">The grid it must belong to.</param>
    /// <param name="withCurves">False to read only the footer (status needs only the run record); true also reads
    /// and verifies every row against the content checksum.</param>
    /// <param name="timeout">How long a read may take (default 30 s); some corrupt files make the Parquet reader spin
    /// forever, and such a file is reported bad instead (its reading thread spins on until the process exits).</param>
    public static async Task<RunFileCheck> ReadAsync(string path, string grid, bool withCurves = true, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        try
        {
            return await Task.Run(() => ReadUnguardedAsync(path, grid, withCurves)).WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            return RunFileCheck.Bad(path, $"unreadable (corrupt): reading did not finish in {limit.TotalSeconds:0.#} s");
        }
    }

    private static async Task<RunFileCheck> ReadUnguardedAsync(string path, string grid, bool withCurves)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            IReadOnlyDictionary<string, string> meta;
            long rows;
            await using (var reader = await ParquetReader.CreateAsync(stream, leaveStreamOpen: true))
            {
                meta = reader.CustomMetadata;
                rows = reader.Metadata?.NumRows ?? -1;
            }
            if (Problem(path, grid, meta, rows) is { } problem) return RunFileCheck.Bad(path, problem);
            var run = JsonSerializer.Deserialize<RunRecord>(meta[ResultSchema.RunKey], Json);
            if (run is null || run.RunId != meta[ResultSchema.RunIdKey] || run.Grid != grid)
                return RunFileCheck.Bad(path, "its run record does not match its id or grid");
            if (meta[ResultSchema.SchemaKey] == ResultSchema.RunFileV1) return await ReadV1Async(path, stream, run, meta, rows, withCurves);
            if (!withCurves) return new RunFileCheck(path, run, [], meta, null);
            stream.Position = 0;
            var curves = (await ParquetSerializer.DeserializeAsync<CurveRecord>(stream)).Data;
            if (Mismatch(run, curves.Count, rows, curves.Select(c => c.RunId)) is { } bad) return RunFileCheck.Bad(path, bad);
            if (meta.TryGetValue(ResultSchema.ChecksumKey, out var sum) && sum != RunChecksum.Of(meta[ResultSchema.RunKey], curves.AsReadOnly()))
                return RunFileCheck.Bad(path, "its content does not match its checksum (corrupt)");
            return new RunFileCheck(path, run, curves.AsReadOnly(), meta, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return RunFileCheck.Bad(path, $"unreadable (truncated or corrupt): {e.Message}");
        }
    }

    /// <summary>A version 1 file, checked against its own checksum and read as current records (<see cref="RunFileV1"/>).</summary>
    private static async Task<RunFileCheck> ReadV1Async(string path, Stream stream, RunRecord run,
        IReadOnlyDictionary<string, string> meta, long rows, bool withCurves)
    {
        var (stepsPerEpoch, samplesPerStep, problem) = RunFileV1.Steps(run);
        if (problem is not null) return RunFileCheck.Bad(path, problem);
        var upgraded = RunFileV1.Upgrade(run, stepsPerEpoch);
        if (!withCurves) return new RunFileCheck(path, upgraded, [], meta, null);
        stream.Position = 0;
        var curves = (await ParquetSerializer.DeserializeAsync<CurveRecordV1>(stream)).Data;
        if (Mismatch(run, curves.Count, rows, curves.Select(c => c.RunId)) is { } bad) return RunFileCheck.Bad(path, bad);
        if (meta.TryGetValue(ResultSchema.ChecksumKey, out var sum) && sum != RunFileV1.Checksum(meta[ResultSchema.RunKey], curves.AsReadOnly()))
            return RunFileCheck.Bad(path, "its content does not match its checksum (corrupt)");
        return new RunFileCheck(path, upgraded, curves.Select(c => RunFileV1.Upgrade(c, stepsPerEpoch, samplesPerStep)).ToList(), meta, null);
    }

    private static string? Mismatch(RunRecord run, int readable, long rows, IEnumerable<string> runIds)
    {
        if (readable != rows) return $"holds {readable} readable rows of {rows} (truncated?)";
        var other = runIds.Where(id => id != run.RunId).Select(id => id ?? "(null)").FirstOrDefault();
        return other is null ? null : $"holds rows of run '{other}'";
    }

    private static string? Problem(string path, string grid, IReadOnlyDictionary<string, string> meta, long rows)
    {
        if (!meta.TryGetValue(ResultSchema.SchemaKey, out var schema)) return "not an FFRepro run file (no schema key)";
        if (schema != ResultSchema.RunFile && schema != ResultSchema.RunFileV1)
            return $"schema '{schema}', expected '{ResultSchema.RunFile}' (or the older '{ResultSchema.RunFileV1}')";
        if (meta.GetValueOrDefault(ResultSchema.GridKey) is var g && g != grid) return $"belongs to grid '{g}', not '{grid}'";
        var id = meta.GetValueOrDefault(ResultSchema.RunIdKey) ?? "";
        if (Path.GetFileNameWithoutExtension(path) != id) return $"named {Path.GetFileName(path)} but holds run '{id}'";
        if (!meta.ContainsKey(ResultSchema.RunKey)) return "no run record in its metadata";
        if (meta.GetValueOrDefault(ResultSchema.RowsKey) != rows.ToString(CultureInfo.InvariantCulture))
            return $"holds {rows} rows, its metadata says {meta.GetValueOrDefault(ResultSchema.RowsKey)} (truncated?)";
        return null;
    }
}
