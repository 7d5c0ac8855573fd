using Parquet.Serialization;

namespace FFRepro.Harness.Results;

/// <summary>Reads a grid's merged files back, checking that they are FFRepro files of that grid and schema.</summary>
public static class MergedResults
{
    /// <summary>The rows of <c>runs.parquet</c>.</summary>
    public static async Task<IReadOnlyList<RunRecord>> ReadRunsAsync(ResultsLayout layout) =>
        await ReadAsync<RunRecord>(layout.RunsFile, ResultSchema.Runs, layout.Grid);

    /// <summary>The rows of <c>curves.parquet</c>.</summary>
    public static async Task<IReadOnlyList<CurveRecord>> ReadCurvesAsync(ResultsLayout layout) =>
        await ReadAsync<CurveRecord>(layout.CurvesFile, ResultSchema.Curves, layout.Grid);

    private static async Task<IReadOnlyList<T>> ReadAsync<T>(string path, string schema, string grid) where T : class, new()
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path} does not exist; run `ffrepro merge {grid}` first.", path);
        var read = await ParquetSerializer.DeserializeAsync<T>(path);
        var meta = read.CustomMetadata ?? new Dictionary<string, string>();
        if (meta.GetValueOrDefault(ResultSchema.SchemaKey) != schema)
            throw new InvalidDataException($"{path}: schema '{meta.GetValueOrDefault(ResultSchema.SchemaKey)}', expected '{schema}'.");
        if (meta.GetValueOrDefault(ResultSchema.GridKey) != grid)
            throw new InvalidDataException($"{path}: belongs to grid '{meta.GetValueOrDefault(ResultSchema.GridKey)}', not '{grid}'.");
        return read.Data.AsReadOnly();
    }
}
