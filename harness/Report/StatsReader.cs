using System.Reflection;
using FFRepro.Harness.Results;
using FFRepro.Stats;
using FFRepro.Stats.Correlation;
using FFRepro.Stats.Coverage;
using FFRepro.Stats.Exclusions;
using FFRepro.Stats.Hypotheses;
using FFRepro.Stats.Onsets;
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
        return await ReadTableAsync<HypothesisRow>(path, cancellationToken);
    }

    /// <summary>
    /// The tables in <paramref name="statsFolder"/> when every file exists and records <paramref name="key"/>
    /// (<see cref="StatsKey"/>) in its metadata; else null tables and the reason.
    /// </summary>
    public static async Task<StoredStats> ReadCurrentAsync(string statsFolder, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statsFolder);
        ArgumentNullException.ThrowIfNull(key);
        var paths = StatsWriter.FileNames.Select(n => Path.Combine(statsFolder, n)).ToList();
        if (!paths.All(File.Exists)) return new StoredStats(null, "missing");
        try
        {
            foreach (var path in paths)
                if ((await ReadMetadataAsync(path, cancellationToken)).GetValueOrDefault(ResultSchema.StatsKeyKey) != key)
                    return new StoredStats(null, "stale");
            return new StoredStats(new StatsTables(
                await ReadTableAsync<OnsetRow>(paths[0], cancellationToken),
                await ReadTableAsync<DelayRow>(paths[1], cancellationToken),
                await ReadTableAsync<CorrelationRow>(paths[2], cancellationToken),
                await ReadTableAsync<HypothesisRow>(paths[3], cancellationToken),
                await ReadTableAsync<ExclusionRow>(paths[4], cancellationToken),
                await ReadTableAsync<WidthMeanRow>(paths[5], cancellationToken),
                await ReadTableAsync<SensitivityRow>(paths[6], cancellationToken),
                await ReadTableAsync<CoverageRow>(paths[7], cancellationToken)), null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException or InvalidOperationException)
        {
            return new StoredStats(null, "unreadable");
        }
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

    /// <summary>
    /// The rows of one table as written by <see cref="StatsWriter"/>, each column set into the property of its name.
    /// Read untyped because the row records have required members, which Parquet.Net's typed reader (it needs
    /// <c>new()</c>) cannot construct; a column that is absent, of another type, or null where the property cannot be is an
    /// <see cref="InvalidDataException"/>.
    /// </summary>
    private static async Task<List<T>> ReadTableAsync<T>(string path, CancellationToken ct) where T : class
    {
        await using var stream = File.OpenRead(path);
        var read = await ParquetSerializer.DeserializeUntypedAsync(stream, cancellationToken: ct);
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToArray();
        var columns = read.Schema.GetDataFields().Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var p in properties.Where(p => !columns.Contains(p.Name)))
            throw new InvalidDataException($"{path}: no column {p.Name}");
        var rows = new List<T>(read.Data.Count);
        foreach (var values in read.Data)
        {
            var row = Activator.CreateInstance<T>();
            foreach (var p in properties)
            {
                // The untyped reader leaves null cells out of a row's dictionary.
                var value = values.TryGetValue(p.Name, out var cell) ? cell : null;
                if (value is null && p.PropertyType.IsValueType && Nullable.GetUnderlyingType(p.PropertyType) is null)
                    throw new InvalidDataException($"{path}: column {p.Name} is null in a row, but {p.PropertyType.Name} cannot be");
                if (value is ReadOnlyMemory<char> text) value = text.ToString();   // the untyped reader's string form
                var type = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
                if (value is not null && value.GetType() != type)
                    throw new InvalidDataException($"{path}: column {p.Name} holds {value.GetType().Name}, not {type.Name}");
                p.SetValue(row, value);
            }
            rows.Add(row);
        }
        return rows;
    }
}
