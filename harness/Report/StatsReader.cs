using FFRepro.Stats.Hypotheses;
using Parquet;
using Parquet.Serialization;

namespace FFRepro.Harness.Report;

/// <summary>Reads back what <see cref="StatsWriter"/> wrote.</summary>
public static class StatsReader
{
    /// <summary>The rows of <c>hypotheses.parquet</c> in <paramref name="statsFolder"/>, in file order.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static async Task<IReadOnlyList<HypothesisRow>> ReadHypothesesAsync(string statsFolder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statsFolder);
        var path = Path.Combine(statsFolder, "hypotheses.parquet");
        if (!File.Exists(path)) throw new FileNotFoundException("No hypotheses table.", path);
        var result = await ParquetSerializer.DeserializeAsync<HypothesisParquetRow>(path, cancellationToken: cancellationToken);
        return result.Data.Select(r => r.ToRow()).ToList();
    }

    /// <summary>The file key-value metadata of one Parquet file (empty when it has none).</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static async Task<IReadOnlyDictionary<string, string>> ReadMetadataAsync(string parquetPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parquetPath);
        if (!File.Exists(parquetPath)) throw new FileNotFoundException("No such Parquet file.", parquetPath);
        await using var reader = await ParquetReader.CreateAsync(parquetPath, cancellationToken: cancellationToken);
        return new Dictionary<string, string>(reader.CustomMetadata);
    }
}
