using FFRepro.Stats;
using FFRepro.Stats.Data;

namespace FFRepro.Harness.Report;

/// <summary>Everything the report is made of: where it ran, what was asked, the raw curves and the statistics.</summary>
/// <param name="GridName">Name of the grid spec, e.g. <c>paper</c>.</param>
/// <param name="Provenance">
/// Environment of the run (git commit and dirty flag, .NET/TorchSharp/libtorch versions, OS, CPU/GPU, device, threads,
/// host, ...); written first, in key order, so two reports of the same grid compare line by line.
/// </param>
/// <param name="SpecJson">The resolved grid spec, as JSON; reproduced verbatim.</param>
/// <param name="Runs">Every run of the grid, with its status.</param>
/// <param name="Curves">The long curves table the statistics were computed from.</param>
/// <param name="Tables">The statistics computed from <paramref name="Runs"/> and <paramref name="Curves"/>.</param>
/// <param name="Options">The options the statistics were computed with (metrics, split, tau, alpha).</param>
public sealed record ReportInput(
    string GridName,
    IReadOnlyDictionary<string, string> Provenance,
    string SpecJson,
    IReadOnlyList<RunInfo> Runs,
    IReadOnlyList<CurvePoint> Curves,
    StatsTables Tables,
    StatsOptions Options);
