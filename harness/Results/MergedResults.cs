using Parquet;
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

    /// <summary>Whether both merged files exist, are readable and are of the current schema (false for files merged by
    /// an older FFRepro, which <c>merge</c> makes again from the per-run files).</summary>
    public static async Task<bool> AreCurrentAsync(ResultsLayout layout)
    {
        foreach (var (path, schema) in new[] { (layout.RunsFile, ResultSchema.Runs), (layout.CurvesFile, ResultSchema.Curves) })
        {
            if (!File.Exists(path)) return false;
            try
            {
                await using var reader = await ParquetReader.CreateAsync(path);
                if (reader.CustomMetadata.GetValueOrDefault(ResultSchema.SchemaKey) != schema) return false;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return false;   // unreadable: merge makes it again
            }
        }
        return true;
    }

    /// <exception cref="StorageException">The file is missing, unreadable, of another schema or of another grid.</exception>
    private static async Task<IReadOnlyList<T>> ReadAsync<T>(string path, string schema, string grid) where T : class, new()
    {
        if (!File.Exists(path)) throw new StorageException($"{path} does not exist; run `ffrepro merge {grid}` first.");
        try
        {
            string? found;
            await using (var reader = await ParquetReader.CreateAsync(path))
                found = reader.CustomMetadata.GetValueOrDefault(ResultSchema.SchemaKey);
            if (found != schema)
                throw new StorageException($"{path}: schema '{found}', expected '{schema}'"
                    + (found?.StartsWith("ffrepro-", StringComparison.Ordinal) == true ? $"; run `ffrepro merge {grid}` to merge it again with this version." : "."));
            var read = await ParquetSerializer.DeserializeAsync<T>(path);
            var meta = read.CustomMetadata ?? new Dictionary<string, string>();
            if (meta.GetValueOrDefault(ResultSchema.GridKey) != grid)
                throw new StorageException($"{path}: belongs to grid '{meta.GetValueOrDefault(ResultSchema.GridKey)}', not '{grid}'.");
            return read.Data.AsReadOnly();
        }
        catch (Exception e) when (StorageException.IsFileSystem(e))
        {
            throw StorageException.Reading(path, e);
        }
    }
}
