using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FFRepro.Harness.Results;
using FFRepro.Stats;

namespace FFRepro.Harness.Report;

/// <summary>
/// What a grid's statistics tables are a function of, as one SHA-256 (lower-case hex): the bytes of runs.parquet,
/// curves.parquet and spec.json (the planned design, for the coverage table), the statistics options and
/// <see cref="StatsSuite.Version"/>. <c>stats</c> and <c>report</c> record it in every stats file's metadata
/// (<see cref="ResultSchema.StatsKeyKey"/>); <c>report</c> reuses stored tables only while it matches.
/// </summary>
public static class StatsKey
{
    /// <summary>The key of <paramref name="layout"/>'s merged files and spec with <paramref name="options"/>.</summary>
    /// <exception cref="FileNotFoundException">runs.parquet or curves.parquet does not exist.</exception>
    public static async Task<string> ComputeAsync(ResultsLayout layout, StatsOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(options);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Line(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Line("ffrepro-stats-key/1");
        Line("stats " + StatsSuite.Version);
        Line("options " + JsonSerializer.Serialize(options));
        Line("runs " + await FileHashAsync(layout.RunsFile, cancellationToken));
        Line("curves " + await FileHashAsync(layout.CurvesFile, cancellationToken));
        Line("spec " + (File.Exists(layout.SpecFile) ? await FileHashAsync(layout.SpecFile, cancellationToken) : "none"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static async Task<string> FileHashAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
