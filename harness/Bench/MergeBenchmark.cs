using System.Diagnostics;
using FFRepro.Harness.Provenance;
using FFRepro.Harness.Results;
using FFRepro.Stats.Data;

namespace FFRepro.Harness.Bench;

/// <summary>Times <see cref="Merger"/> on a synthetic grid shaped like a real one (test split, every evaluated metric).</summary>
public static class MergeBenchmark
{
    /// <summary>Steps per epoch of the synthetic runs (full MNIST in batches of 100); their points are the epoch ends.</summary>
    private const int StepsPerEpoch = 500;

    /// <summary>What the benchmark wrote and how long the merge took.</summary>
    public sealed record Result(int Runs, long CurvePoints, long Bytes, double WriteSeconds, double MergeSeconds, double ReadSeconds);

    /// <summary>Writes <paramref name="runs"/> per-run files of epochs 0..<paramref name="epochs"/> and
    /// <paramref name="layers"/> layers into <paramref name="folder"/> (a temporary folder when null), then merges.</summary>
    public static async Task<Result> RunAsync(int runs, int epochs, int layers, string? folder, CancellationToken ct)
    {
        if (runs < 1 || epochs < 0 || layers < 1) throw new ArgumentException($"runs ({runs}) and layers ({layers}) must be >= 1 and epochs ({epochs}) >= 0");
        var root = folder ?? Directory.CreateTempSubdirectory("ffrepro-merge-bench-").FullName;
        try
        {
            var layout = new ResultsLayout(root, "bench");
            var meta = RunEnvironment.Fixed.ToMetadata();
            var write = Stopwatch.StartNew();
            var rng = new Random(1);
            long points = 0;
            for (var i = 0; i < runs; i++)
            {
                var run = new RunRecord
                {
                    RunId = i.ToString("x16", System.Globalization.CultureInfo.InvariantCulture), Grid = "bench", Dataset = "mnist", Recipe = "paper",
                    Treatment = $"depth={layers},width=1000,epochs={epochs}", TreatmentJson = "{}", Depth = layers, Width = 1000, Epochs = epochs,
                    Seed = i % 30 + 1, Device = "cpu", Backend = "cpu", Status = RunStatus.Ok, EpochsCompleted = epochs, StepsPerEpoch = StepsPerEpoch, WallSeconds = 60,
                    StartedUtc = DateTime.UtcNow, FinishedUtc = DateTime.UtcNow, RecipeJson = "{}",
                };
                var curves = new List<CurveRecord>();
                for (var e = 0; e <= epochs; e++)
                {
                    var head = new CurveRecord
                    {
                        RunId = run.RunId, Treatment = run.Treatment, Depth = layers, Width = 1000, Epochs = epochs, Seed = run.Seed,
                        Step = (long)e * StepsPerEpoch, Epoch = e, SamplesSeen = (long)e * StepsPerEpoch * 100, Split = Splits.Test,
                    };
                    for (var l = 1; l <= layers; l++)
                        foreach (var m in MetricNames.Layer.Take(5)) curves.Add(head with { Layer = l, Metric = m, Value = rng.NextDouble() });
                    foreach (var m in MetricNames.Model) curves.Add(head with { Metric = m, Value = rng.NextDouble() });
                }
                points += curves.Count;
                await RunFiles.WriteAsync(layout.RunFile(run.RunId), run, curves, meta, ct);
            }
            var writeSeconds = write.Elapsed.TotalSeconds;
            var bytes = Directory.GetFiles(layout.RunsFolder).Sum(f => new FileInfo(f).Length);
            var summary = await Merger.MergeAsync(layout, ct);
            return new Result(summary.Runs, points, bytes, writeSeconds, summary.Seconds, summary.ReadSeconds);
        }
        finally
        {
            if (folder is null) Directory.Delete(root, recursive: true);
        }
    }
}
