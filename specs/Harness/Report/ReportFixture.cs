using FFRepro.Harness.Report;
using FFRepro.Specs.Calibration;
using FFRepro.Stats;
using FFRepro.Stats.Coverage;
using FFRepro.Stats.Data;

namespace FFRepro.Specs.Harness.Report;

/// <summary>
/// A tiny fixed grid for the report specs: depths 2-3 × widths 50/200 × 8 seeds × 10 epochs (11 points), layer l's
/// midpoint planted 2 epochs behind layer l-1, the wider cells noisier, one diverged run (8 seeds, not 6, so H1 can
/// survive Holm and the snapshot shows both verdicts), and a planned depth-4 cell without runs; with a fixed provenance
/// so the report is machine-independent.
/// </summary>
public static class ReportFixture
{
    public static StatsOptions Options { get; } = StatsOptions.Default with { BootstrapResamples = 200, Permutations = 200 };

    public static IReadOnlyDictionary<string, string> Provenance { get; } = new Dictionary<string, string>
    {
        ["git_commit"] = "0123456789abcdef0123456789abcdef01234567",
        ["git_dirty"] = "false",
        ["dotnet"] = "10.0.0",
        ["torchsharp"] = "0.107.0",
        ["libtorch"] = "2.10.0",
        ["os"] = "Debian GNU/Linux 13",
        ["device"] = "cpu",
        ["threads"] = "2",
        ["host"] = "spec-host",
    };

    private static readonly Lazy<ReportInput> Lazy = new(Build);

    /// <summary>The input, computed once per test run (StatsSuite is the slow part).</summary>
    public static ReportInput Input => Lazy.Value;

    private static ReportInput Build()
    {
        const int epochs = 10;
        var random = new Random(5);
        var runs = new List<RunInfo>();
        var curves = new List<CurvePoint>();
        foreach (var depth in new[] { 2, 3 })
            foreach (var width in new[] { 50, 200 })
                for (var seed = 0; seed < 8; seed++)
                {
                    var id = $"d{depth}-w{width}-e{epochs}-s{seed}";
                    runs.Add(new RunInfo(id, depth, width, epochs, seed, RunStatus.Ok));
                    void Add(int layer, string metric, double[] a)
                    {
                        for (var e = 0; e < a.Length; e++)
                            curves.Add(new CurvePoint(id, depth, width, epochs, seed, e, layer, metric, Splits.Test, a[e]));
                    }

                    var m0 = 2 + random.NextDouble();
                    Add(0, MetricNames.ModelClassifierAccuracy, SyntheticCurves.Logistic(epochs, 0.1, 0.95, m0 + 1, 1, 0.005, random));
                    for (var layer = 1; layer <= depth; layer++)
                    {
                        var mid = m0 + 2 * (layer - 1) + 0.3 * random.NextDouble();
                        var noise = width == 50 ? 0.005 : 0.02;
                        Add(layer, MetricNames.LayerFfAccuracy, SyntheticCurves.Logistic(epochs, 0.5, 0.95, mid, 1, noise, random));
                        Add(layer, MetricNames.LayerGoodnessAccuracy, SyntheticCurves.Logistic(epochs, 0.1, 0.9, mid, 1, noise, random));
                    }
                }

        runs[^1] = runs[^1] with { Status = RunStatus.Diverged };
        PlannedCell[] planned = [new(2, 50, epochs, 8), new(2, 200, epochs, 8), new(3, 50, epochs, 8), new(3, 200, epochs, 8), new(4, 50, epochs, 8)];
        var tables = StatsSuite.Compute(runs, curves, Options, planned);
        const string spec = "{\n  \"name\": \"tiny\",\n  \"depths\": [2, 3],\n  \"widths\": [50, 200],\n  \"epochs\": [10],\n  \"seeds\": 8\n}";
        return new ReportInput("tiny", Provenance, spec, runs, curves, tables, Options);
    }
}
