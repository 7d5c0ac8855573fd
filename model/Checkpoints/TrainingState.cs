using System.Security.Cryptography;
using System.Text;
using FFRepro.Model.Metrics;
using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using FFRepro.Model.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace FFRepro.Model.Checkpoints;

/// <summary>
/// Everything a training carries from one epoch to the next, gathered for checkpoints: parameters, classifiers,
/// peer-normalization means, optimizer state, the data generators' positions (and negatives drawn once, when the recipe
/// does not redraw them), the running training-batch accuracy counted since the last evaluation point (an epoch end
/// need not be one), and per run the curve points and running-accuracy rows so far, divergence and completed epochs.
/// What is not here is rebuilt identically from the request: the evaluation sets and their negatives, the evaluation
/// points, and the initialization (overwritten).
/// </summary>
internal sealed class TrainingState(TrainRequest request, BatchedNetwork net, BatchedOptimizer optimizer, EpochOrder order,
    RunningAccuracyMeter meter, List<PointMetrics>[] curves, List<RunningFfAccuracy>[] running, int?[] divergedAt, int[] completed)
{
    /// <summary>The request being trained (its checkpoint store, seeds, depths).</summary>
    public TrainRequest Request => request;

    /// <summary>Per run (depth-major, then seed): curve points so far.</summary>
    public List<PointMetrics>[] Curves => curves;

    /// <summary>Per run: running training-batch accuracy rows so far (one per evaluation point after step 0).</summary>
    public List<RunningFfAccuracy>[] RunningAccuracy => running;

    /// <summary>Per run: the epoch it diverged in, or null.</summary>
    public int?[] DivergedAt => divergedAt;

    /// <summary>Per run: epochs trained with a finite loss.</summary>
    public int[] Completed => completed;

    /// <summary>Training seconds spent before the checkpoint this training resumed from (0 when it started afresh).</summary>
    public double SecondsBefore { get; set; }

    /// <summary>When the last checkpoint was written or the training started (for minute-based intervals).</summary>
    public DateTime LastSaved { get; set; } = DateTime.UtcNow;

    /// <summary>
    /// Identifies the training: SHA-256 over the resolved recipe, run depths, seeds, the data's bytes, the device kind,
    /// thread count and TF32 setting. A checkpoint restores only into a training with the same fingerprint.
    /// </summary>
    public string Fingerprint() => _fingerprint ??= ComputeFingerprint();

    private string? _fingerprint;   // hashing the data set takes tens of milliseconds: once per training

    private string ComputeFingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(Description()));
        foreach (var split in new[] { request.Data.Train, request.Data.Test })
        {
            hash.AppendData(split.Pixels);
            hash.AppendData(split.Labels);
        }
        hash.AppendData(Encoding.UTF8.GetBytes(
            $"|device={request.Device.type}|threads={torch.get_num_threads()}|tf32={request.Settings.Tf32}"));
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>Human-readable identity, stored beside the fingerprint so a refusal can say what the checkpoint held.</summary>
    public string Description() =>
        $"recipe {RecipeJson.Canonical(request.Recipe)} depths {string.Join(",", request.RunDepths)} seeds {string.Join(",", request.Seeds)} data {request.Data.Name}";

    /// <summary>Every tensor of the state, in a fixed order. <see cref="CheckpointEntry.Current"/> may return the live
    /// tensor's own storage (on the CPU): read it inside a dispose scope and do not dispose it by hand.</summary>
    public IReadOnlyList<CheckpointEntry> Entries()
    {
        var device = request.Device;
        var entries = new List<CheckpointEntry> { Values("layers", net.Layers.Values) };
        entries.AddRange(Optimizer("layers", net.Layers));
        if (net.Classifiers is { } classifiers)
            for (var k = 0; k < classifiers.Depths.Count; k++)
            {
                var name = $"classifier.{classifiers.Depths[k]}";
                entries.Add(Values(name, classifiers.Parameters[k].Values));
                entries.AddRange(Optimizer(name, classifiers.Parameters[k]));
            }
        for (var l = 0; l < net.RunningMeans.Length; l++)
        {
            var layer = l;
            entries.Add(new CheckpointEntry($"peer_mean.{l + 1}", ScalarType.Float32, net.RunningMeans[l].shape,
                () => net.RunningMeans[layer].cpu().contiguous(), t => net.SetRunningMean(layer, t.to(device))));
        }
        for (var k = 0; k < order.Generators.Count; k++)
        {
            var g = order.Generators[k];
            using var probe = g.get_state();
            entries.Add(new CheckpointEntry($"data_generator.{request.Seeds[k]}", probe.dtype, probe.shape, g.get_state, g.set_state));
        }
        var (correct, scored) = meter.Counts;
        entries.Add(Values("running_accuracy.correct", correct));
        entries.Add(new CheckpointEntry("running_accuracy.scored", ScalarType.Int64, [scored.Length],
            () => tensor(scored), t => Array.Copy(t.data<long>().ToArray(), scored, scored.Length)));
        if (order.NegativesFixed)
            entries.Add(new CheckpointEntry("negatives", ScalarType.Int64, order.NegativesShape,
                () => (order.FixedNegatives ?? throw new InvalidOperationException("no negatives drawn before the checkpoint")).cpu().contiguous(),
                order.SetFixedNegatives));
        return entries;
    }

    /// <summary>Mean over the deepest run depth's live seeds of the latest test accuracy (classifier, else summed goodness); null before any.</summary>
    public double? LatestAccuracy()
    {
        var s = request.Seeds.Count;
        var values = new List<double>();
        for (var r = curves.Length - s; r < curves.Length; r++)
        {
            if (divergedAt[r] is not null) continue;
            var last = curves[r].LastOrDefault(c => c.Split == EvalSplit.Test);
            if (last is null) continue;
            values.Add(double.IsFinite(last.Model.ClassifierAccuracy) ? last.Model.ClassifierAccuracy : last.Model.GoodnessAccuracy);
        }
        return values.Count == 0 ? null : values.Average();
    }

    private static CheckpointEntry Values(string name, Tensor values) =>
        new(name, values.dtype, values.shape, () => values.cpu().contiguous(), t => Assign(values, t));

    private IEnumerable<CheckpointEntry> Optimizer(string name, FlatParameters group)
    {
        var (steps, buffer, second) = optimizer.StateOf(group);
        yield return new CheckpointEntry($"{name}.steps", ScalarType.Int64, [steps.Length],
            () => tensor(steps), t => Array.Copy(t.data<long>().ToArray(), steps, steps.Length));
        yield return Values($"{name}.moment", buffer);
        if (second is not null) yield return Values($"{name}.second_moment", second);
    }

    private static void Assign(Tensor target, Tensor value)
    {
        using var noGrad = no_grad();
        target.copy_(value);
    }
}
