using System.Security.Cryptography;
using System.Text;
using FFRepro.Harness.Planning;
using FFRepro.Harness.Provenance;
using FFRepro.Harness.Running;
using FFRepro.Model.Metrics;

namespace FFRepro.Specs.Harness;

/// <summary>
/// Test double of the trainer: deterministic curves from (cell, seed), so stored data can be compared across
/// interrupted and uninterrupted runs. Seeds divisible by 7 diverge half-way; a cell labelled <see cref="FailCell"/>
/// throws; after <see cref="InterruptAfterBatches"/> batches it behaves as if Ctrl+C was pressed; <see cref="Device"/>
/// and <see cref="Delay"/> pose as another device or a slow batch.
/// </summary>
public sealed class FakeTrainer : ICellTrainer
{
    public string Device { get; init; } = "cpu";

    /// <summary>Wall time each batch takes (for deadline specs).</summary>
    public TimeSpan Delay { get; init; }

    public TorchFacts Facts => TorchFacts.None;

    public string? FailCell { get; init; }

    public int InterruptAfterBatches { get; init; } = int.MaxValue;

    public int BatchesTrained { get; private set; }

    public IReadOnlyList<RunResult> Train(RunBatch batch, Action<int, int>? epochDone, CancellationToken ct)
    {
        if (BatchesTrained >= InterruptAfterBatches) throw new OperationCanceledException();
        BatchesTrained++;
        if (Delay > TimeSpan.Zero) Thread.Sleep(Delay);
        if (batch.Cell.Label == FailCell) throw new InvalidOperationException("injected failure");
        var results = new List<RunResult>();
        foreach (var run in batch.Runs)
        {
            var epochs = run.Resolved.Epochs;
            var diverged = run.Seed % 7 == 0 ? Math.Max(1, epochs / 2) : (int?)null;
            var last = diverged is { } d ? d - 1 : epochs;
            var curves = new List<PointMetrics>();
            var running = new List<RunningFfAccuracy>();
            for (var e = 0; e <= last; e++)
            {
                epochDone?.Invoke(e, epochs);
                var layers = Enumerable.Range(1, run.Resolved.Depth)
                    .Select(l => new LayerMetrics(l, Value(run, e, l, 0), Value(run, e, l, 1), Value(run, e, l, 2), Value(run, e, l, 3), Value(run, e, l, 4)))
                    .ToList();
                curves.Add(new PointMetrics(e * StepsPerEpoch, EvalSplit.Test, layers, new ModelMetrics(Value(run, e, 0, 5), Value(run, e, 0, 6), Value(run, e, 0, 7), double.NaN)));
                if (e > 0) running.Add(new RunningFfAccuracy(e * StepsPerEpoch, Enumerable.Range(1, run.Resolved.Depth).Select(l => Value(run, e, l, 8)).ToList()));
            }
            results.Add(new RunResult(run.Seed, diverged is null ? RunStatus.Ok : RunStatus.Diverged, last, diverged, curves, 1.5)
            {
                StepsPerEpoch = StepsPerEpoch, SamplesPerStep = 25, RunningAccuracy = running,
            });
        }
        return results;
    }

    /// <summary>The fake's evaluation points are its epoch ends, this many steps apart.</summary>
    public const int StepsPerEpoch = 4;

    private static double Value(PlannedRun run, int epoch, int layer, int metric)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{run.RunId}|{epoch}|{layer}|{metric}"));
        return BitConverter.ToUInt32(bytes) / (double)uint.MaxValue;
    }
}
