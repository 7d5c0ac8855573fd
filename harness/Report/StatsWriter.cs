using FFRepro.Harness.Results;
using FFRepro.Stats;
using Parquet.Serialization;

namespace FFRepro.Harness.Report;

/// <summary>Writes the statistics tables as Parquet files, one table per file, each with the run's provenance.</summary>
public static class StatsWriter
{
    /// <summary>File names written by <see cref="WriteAsync"/>, in writing order.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        "onsets.parquet", "delays.parquet", "correlations.parquet", "hypotheses.parquet", "exclusions.parquet",
        "width_means.parquet", "sensitivity.parquet", "coverage.parquet",
    ];

    /// <summary>
    /// Writes <c>onsets</c>, <c>delays</c>, <c>correlations</c>, <c>hypotheses</c>, <c>exclusions</c>,
    /// <c>width_means</c>, <c>sensitivity</c> and <c>coverage</c> <c>.parquet</c> into <paramref name="statsFolder"/> (created when missing), one row per table row, with
    /// <paramref name="metadata"/> as the file key-value metadata of every file.
    /// </summary>
    /// <remarks>
    /// Each file is written to a temporary name in the same folder and then moved over the final name, so a reader
    /// never sees a half-written table and an interrupted write leaves the previous file intact. An empty table
    /// still produces a file (with its schema and no rows).
    /// </remarks>
    /// <exception cref="ArgumentNullException">Any argument is null.</exception>
    public static async Task WriteAsync(
        StatsTables tables, string statsFolder, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(statsFolder);
        ArgumentNullException.ThrowIfNull(metadata);
        Directory.CreateDirectory(statsFolder);
        await WriteTableAsync(tables.Onsets, statsFolder, FileNames[0], metadata, cancellationToken);
        await WriteTableAsync(tables.Delays, statsFolder, FileNames[1], metadata, cancellationToken);
        await WriteTableAsync(tables.Correlations, statsFolder, FileNames[2], metadata, cancellationToken);
        await WriteTableAsync(tables.Hypotheses, statsFolder, FileNames[3], metadata, cancellationToken);
        await WriteTableAsync(tables.Exclusions, statsFolder, FileNames[4], metadata, cancellationToken);
        await WriteTableAsync(tables.WidthMeans, statsFolder, FileNames[5], metadata, cancellationToken);
        await WriteTableAsync(tables.Sensitivity, statsFolder, FileNames[6], metadata, cancellationToken);
        await WriteTableAsync(tables.Coverage, statsFolder, FileNames[7], metadata, cancellationToken);
    }

    private static Task WriteTableAsync<T>(
        IReadOnlyList<T> rows, string folder, string fileName, IReadOnlyDictionary<string, string> metadata, CancellationToken ct) =>
        AtomicFile.WriteAsync(Path.Combine(folder, fileName),
            s => ParquetSerializer.SerializeAsync(rows, s, customMetadata: metadata, cancellationToken: ct), ct);
}
