using System.Diagnostics;
using System.Globalization;
using Parquet;
using Parquet.Serialization;

namespace FFRepro.Harness.Results;

/// <summary>Compacts a grid's per-run files into <c>runs.parquet</c> and <c>curves.parquet</c>. Bad files are
/// reported in the summary and left out, never merged silently.</summary>
public static class Merger
{
    private static readonly ParquetOptions Options = new() { CompressionMethod = CompressionMethod.Snappy, RowGroupSize = 1_000_000 };

    /// <summary>Merges <paramref name="layout"/>'s runs; runs in plan order when <c>plan.txt</c> exists, else by id.
    /// A runs folder without run files is refused with <see cref="StorageException"/> before anything is written:
    /// empty merged files would only make <c>stats</c> fail later.</summary>
    public static async Task<MergeSummary> MergeAsync(ResultsLayout layout, CancellationToken ct = default)
    {
        if (!Directory.Exists(layout.RunsFolder) || !Directory.EnumerateFiles(layout.RunsFolder, "*.parquet").Any())
            throw new StorageException($"grid '{layout.Grid}' has no runs to merge: no run files in {Path.GetFullPath(layout.RunsFolder)} (`ffrepro grid run` stores them there)");
        var clock = Stopwatch.StartNew();
        AtomicFile.RemoveStale(layout.GridFolder);
        var plan = File.Exists(layout.PlanFile) ? File.ReadAllLines(layout.PlanFile).Where(l => l.Length > 0).ToList() : null;
        var scan = await ResultScan.ReadAsync(layout, plan?.ToHashSet(StringComparer.Ordinal), withCurves: true);
        var order = plan ?? scan.Runs.Keys.Order(StringComparer.Ordinal).ToList();
        var checks = order.Where(scan.Runs.ContainsKey).Select(id => scan.Runs[id]).ToList();

        var read = clock.Elapsed.TotalSeconds;
        var runs = checks.Select(c => c.Run!).ToList();
        var curves = new List<CurveRecord>(checks.Sum(c => c.Curves.Count));
        foreach (var c in checks) curves.AddRange(c.Curves);

        var meta = MergedMetadata(layout, checks);
        await AtomicFile.WriteAsync(layout.RunsFile, s => ParquetSerializer.SerializeAsync(runs, s, Options,
            WithSchema(meta, ResultSchema.Runs, runs.Count), ct), ct);
        await AtomicFile.WriteAsync(layout.CurvesFile, s => ParquetSerializer.SerializeAsync(curves, s, Options,
            WithSchema(meta, ResultSchema.Curves, curves.Count), ct), ct);
        var missing = plan is null ? 0 : plan.Count(id => !scan.Runs.ContainsKey(id));
        return new MergeSummary(runs.Count, curves.Count, scan.Bad, missing, clock.Elapsed.TotalSeconds, read, checks.Count(c => c.Legacy));
    }

    private static Dictionary<string, string> WithSchema(Dictionary<string, string> meta, string schema, long rows) =>
        new(meta)
        {
            [ResultSchema.SchemaKey] = schema,
            [ResultSchema.RowsKey] = rows.ToString(CultureInfo.InvariantCulture),
        };

    // Shards may run on different machines: each provenance key lists the distinct values of the merged files.
    private static Dictionary<string, string> MergedMetadata(ResultsLayout layout, IReadOnlyList<RunFileCheck> checks)
    {
        var meta = new Dictionary<string, string> { [ResultSchema.GridKey] = layout.Grid };
        if (File.Exists(layout.SpecFile)) meta[ResultSchema.SpecKey] = File.ReadAllText(layout.SpecFile);
        var keys = checks.SelectMany(c => c.Metadata.Keys).Where(k => k.StartsWith(ResultSchema.EnvironmentPrefix, StringComparison.Ordinal)).Distinct();
        foreach (var key in keys.Order(StringComparer.Ordinal))
            meta[key] = string.Join("; ", checks.Select(c => c.Metadata.GetValueOrDefault(key)).OfType<string>().Distinct().Order(StringComparer.Ordinal));
        if (!meta.ContainsKey(ResultSchema.SpecKey) && checks.Count > 0 && checks[0].Metadata.TryGetValue(ResultSchema.SpecKey, out var spec))
            meta[ResultSchema.SpecKey] = spec;
        return meta;
    }
}
