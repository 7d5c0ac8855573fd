using System.Globalization;
using Parquet;
using Parquet.Serialization;

namespace FFRepro.Harness.Results;

/// <summary>Writes and reads per-run Parquet files; reading validates schema, grid, id and row count.</summary>
public static class RunFiles
{
    private static readonly ParquetOptions Options = new() { CompressionMethod = CompressionMethod.Snappy };

    /// <summary>Writes run <paramref name="run"/> with its curve points atomically to <paramref name="path"/>.</summary>
    /// <param name="path">Target file, normally <see cref="ResultsLayout.RunFile"/>.</param>
    /// <param name="run">The run record.</param>
    /// <param name="curves">Its curve points (may be empty).</param>
    /// <param name="metadata">Provenance and the resolved spec; schema, grid, id and row keys are added here.</param>
    /// <param name="ct">Cancellation.</param>
    public static Task WriteAsync(string path, RunRecord run, IReadOnlyList<CurveRecord> curves,
        IReadOnlyDictionary<string, string> metadata, CancellationToken ct = default)
    {
        var rows = ToRows(run, curves);
        var meta = new Dictionary<string, string>(metadata)
        {
            [ResultSchema.SchemaKey] = ResultSchema.RunFile,
            [ResultSchema.GridKey] = run.Grid,
            [ResultSchema.RunIdKey] = run.RunId,
            [ResultSchema.RowsKey] = rows.Count.ToString(CultureInfo.InvariantCulture),
        };
        return AtomicFile.WriteAsync(path, s => ParquetSerializer.SerializeAsync(rows, s, Options, meta, ct), ct);
    }

    /// <summary>The rows of a per-run file: one per curve point, or one without a point when there are none.</summary>
    public static List<RunFileRow> ToRows(RunRecord run, IReadOnlyList<CurveRecord> curves)
    {
        var head = RunFileRow.Of(run);
        if (curves.Count == 0) return [head];
        var rows = new List<RunFileRow>(curves.Count);
        foreach (var c in curves)
            rows.Add(head with { Epoch = c.Epoch, Layer = c.Layer, Metric = c.Metric, Split = c.Split, Value = c.Value });
        return rows;
    }

    /// <summary>Reads and checks a per-run file. Never throws for bad content: problems come back in the result.</summary>
    /// <param name="path">The file.</param>
    /// <param name="grid">The grid it must belong to.</param>
    /// <param name="withCurves">False to skip building curve records (status needs only the run).</param>
    public static async Task<RunFileCheck> ReadAsync(string path, string grid, bool withCurves = true)
    {
        DeserializationResult<RunFileRow> read;
        try
        {
            await using var stream = File.OpenRead(path);
            // The footer first: a Parquet file of another schema is reported as such, not as a failed deserialization.
            await using (var reader = await ParquetReader.CreateAsync(stream, leaveStreamOpen: true))
            {
                var schema = reader.CustomMetadata.GetValueOrDefault(ResultSchema.SchemaKey);
                if (schema is null) return RunFileCheck.Bad(path, "not an FFRepro run file (no schema key)");
                if (schema != ResultSchema.RunFile) return RunFileCheck.Bad(path, $"schema '{schema}', expected '{ResultSchema.RunFile}'");
            }
            stream.Position = 0;
            read = await ParquetSerializer.DeserializeAsync<RunFileRow>(stream);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return RunFileCheck.Bad(path, $"unreadable (truncated or corrupt): {e.Message}");
        }
        var meta = read.CustomMetadata ?? new Dictionary<string, string>();
        var problem = Problem(path, grid, meta, read.Data);
        if (problem is not null) return RunFileCheck.Bad(path, problem);
        var run = read.Data[0].ToRun();
        var curves = withCurves ? ToCurves(read.Data) : [];
        return new RunFileCheck(path, run, curves, meta, null);
    }

    private static string? Problem(string path, string grid, IReadOnlyDictionary<string, string> meta, IList<RunFileRow> rows)
    {
        if (!meta.TryGetValue(ResultSchema.SchemaKey, out var schema)) return "not an FFRepro run file (no schema key)";
        if (schema != ResultSchema.RunFile) return $"schema '{schema}', expected '{ResultSchema.RunFile}'";
        if (meta.GetValueOrDefault(ResultSchema.GridKey) is var g && g != grid) return $"belongs to grid '{g}', not '{grid}'";
        var id = meta.GetValueOrDefault(ResultSchema.RunIdKey) ?? "";
        if (Path.GetFileNameWithoutExtension(path) != id) return $"named {Path.GetFileName(path)} but holds run '{id}'";
        if (meta.GetValueOrDefault(ResultSchema.RowsKey) != rows.Count.ToString(CultureInfo.InvariantCulture))
            return $"holds {rows.Count} rows, its metadata says {meta.GetValueOrDefault(ResultSchema.RowsKey)} (truncated?)";
        if (rows.Count == 0) return "holds no rows";
        foreach (var r in rows)
            if (r.RunId != id || r.Grid != grid) return "rows of another run or grid inside";
        return null;
    }

    private static List<CurveRecord> ToCurves(IList<RunFileRow> rows)
    {
        var curves = new List<CurveRecord>(rows.Count);
        foreach (var r in rows)
        {
            if (r.Metric is null) continue;
            curves.Add(new CurveRecord
            {
                RunId = r.RunId, Treatment = r.Treatment, Depth = r.Depth, Width = r.Width, Epochs = r.Epochs, Seed = r.Seed,
                Epoch = r.Epoch ?? 0, Layer = r.Layer ?? 0, Metric = r.Metric, Split = r.Split ?? "", Value = r.Value ?? double.NaN,
            });
        }
        return curves;
    }
}
