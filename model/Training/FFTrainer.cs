using System.Diagnostics;
using FFRepro.Model.Checkpoints;
using FFRepro.Model.Metrics;
using FFRepro.Model.Recipes;
using static TorchSharp.torch;

namespace FFRepro.Model.Training;

/// <summary>
/// Trains the seeds of one cell side by side in one batched model and records every layer's and the model's
/// metrics at the optimizer steps of the recipe's <see cref="Recipe.EvalSchedule"/> (step 0 and the last step always).
/// Each seed draws its initialization, data order and negatives from its own generators, so its curve does not depend
/// on which seeds share the batch (up to float rounding of the batched products; bit-identical within one batch
/// composition, device and thread count). Evaluation draws nothing from those generators and changes no training
/// state, so the schedule never changes what is trained.
/// With several run depths (<see cref="TrainRequest.Depths"/>) one network per seed yields the runs of every depth
/// (<see cref="NestedDepths"/>); with a checkpoint store it resumes from, and writes, checkpoints between epochs.
/// </summary>
public static class FFTrainer
{
    /// <summary>Trains every seed of <paramref name="request"/>; one result per run depth and seed, depth by depth
    /// (ascending), seeds in the request's order.</summary>
    public static IReadOnlyList<RunResult> Train(TrainRequest request, IProgress<TrainProgress>? progress = null, CancellationToken ct = default)
    {
        var recipe = request.Recipe;
        RecipeValidator.ThrowIfInvalid(recipe);
        if (request.Seeds.Count == 0) throw new ArgumentException("at least one seed is needed.", nameof(request));
        NestedDepths.ThrowIfInvalid(recipe, request.RunDepths);
        var clock = Stopwatch.StartNew();
        // Catches set-up intermediates (stack, to(device)) and per-epoch host copies; long-lived state is
        // detached from scopes and disposed explicitly below.
        using var runScope = NewDisposeScope();
        var device = request.Device;
        using var train = new DeviceData(request.Data.Train, 0, recipe, device);
        RecipeValidator.ThrowIfIncompatible(recipe, train.Count);
        using var test = new DeviceData(request.Data.Test, recipe.EvalSamples, recipe, device);
        using var trainEval = recipe.EvalTrain ? new DeviceData(request.Data.Train, test.Count, recipe, device) : null;
        using var net = new BatchedNetwork(recipe, train.Features, request.Seeds, device, request.RunDepths);
        using var optimizer = new BatchedOptimizer(recipe, request.Settings);
        using var order = new EpochOrder(recipe, train, request.Seeds);
        using var step = new TrainStep(recipe, net, optimizer);
        // using: an evaluator holds device tensors outside the run's dispose scope, also when training is cancelled.
        using var testEvaluator = new Evaluator(recipe, test, request.Seeds, EvalSplit.Test);
        using var trainEvaluator = trainEval is null ? null : new Evaluator(recipe, trainEval, request.Seeds, EvalSplit.Train);
        Evaluator[] evaluators = trainEvaluator is null ? [testEvaluator] : [testEvaluator, trainEvaluator];

        var s = request.Seeds.Count;
        var depths = request.RunDepths;
        var runs = depths.Count * s;   // run r: depth RunDepths[r / s], seed Seeds[r % s]
        var stepsPerEpoch = order.Batches;
        var points = EvaluationSchedule.Parse(recipe.EvalSchedule).Points(stepsPerEpoch, recipe.Epochs, recipe.EvalEvery).ToHashSet();
        var curves = Enumerable.Range(0, runs).Select(_ => new List<PointMetrics>()).ToArray();
        var running = Enumerable.Range(0, runs).Select(_ => new List<RunningFfAccuracy>()).ToArray();
        var divergedAt = new int?[runs];
        var completed = new int[runs];
        // Points inside an epoch are kept only once the epoch ends with a finite loss, as the epoch's own point is.
        var pending = new List<(PointMetrics[] Metrics, RunningFfAccuracy[] Running)>();
        var state = new TrainingState(request, net, optimizer, order, step.Accuracy, curves, running, divergedAt, completed);
        var start = Checkpointing.Resume(state);
        if (start == 0)
        {
            Evaluate(0);
            Commit();
        }
        using var epochLoss = zeros(depths.Count, s, device: device);
        for (var epoch = start + 1; epoch <= recipe.Epochs && divergedAt.Any(d => d is null); epoch++)
        {
            ct.ThrowIfCancellationRequested();
            epochLoss.zero_();
            var first = (long)(epoch - 1) * stepsPerEpoch;
            TrainEpoch(recipe, step, order, epoch, epochLoss, b =>
            {
                var done = first + b + 1;
                if (b + 1 < stepsPerEpoch && points.Contains(done)) Evaluate(done);
            });
            var losses = epochLoss.cpu().data<float>().ToArray();
            for (var k = 0; k < runs; k++)
            {
                if (divergedAt[k] is not null) continue;
                if (float.IsFinite(losses[k])) completed[k] = epoch;
                else divergedAt[k] = epoch;
            }
            if (points.Contains(first + stepsPerEpoch)) Evaluate(first + stepsPerEpoch);
            Commit();
            // After Commit nothing is pending, so a checkpoint here holds every recorded point; the running accuracy
            // counted since the last point stays in the meter, which the checkpoint keeps.
            var saved = Checkpointing.AfterEpoch(state, epoch, clock.Elapsed.TotalSeconds);
            progress?.Report(new TrainProgress(epoch, recipe.Epochs, s, state.LatestAccuracy(), saved));
        }

        var perRun = (state.SecondsBefore + clock.Elapsed.TotalSeconds) / runs;
        var samplesPerStep = order.BatchSize;
        return Enumerable.Range(0, runs).Select(k => new RunResult(
            request.Seeds[k % s],
            divergedAt[k] is null ? RunStatus.Ok : RunStatus.Diverged,
            completed[k],
            divergedAt[k],
            curves[k],
            perRun)
        {
            StepsPerEpoch = stepsPerEpoch,
            SamplesPerStep = samplesPerStep,
            RunningAccuracy = running[k],
        }).ToArray();

        void Evaluate(long done)
        {
            foreach (var evaluator in evaluators)
                pending.Add((evaluator.EvaluateAll(net, done), []));
            if (done == 0) return;
            // The meter counts every layer of the network; the run of depth L reads layers 1..L, which are those of a
            // depth-L network.
            var accuracy = step.Accuracy.Take();
            pending.Add(([], Enumerable.Range(0, runs)
                .Select(r => new RunningFfAccuracy(done, accuracy[r % s][..depths[r / s]])).ToArray()));
        }

        void Commit()
        {
            foreach (var (metrics, run) in pending)
                for (var k = 0; k < runs; k++)
                {
                    if (divergedAt[k] is not null) continue;
                    if (metrics.Length > 0) curves[k].Add(metrics[k]);
                    if (run.Length > 0) running[k].Add(run[k]);
                }
            pending.Clear();
        }
    }

    /// <summary>loeweX's linear cool-down: full rate for the first half, then linearly down (epoch is 1-based here).</summary>
    public static double CooldownScale(Recipe recipe, int epoch)
    {
        var e = epoch - 1;   // loeweX counts epochs from 0
        var total = recipe.Epochs;
        return recipe.LrCooldown && e > total / 2 ? 2.0 * (1 + total - e) / total : 1.0;
    }

    /// <summary>One epoch of the recipe's schedule over freshly drawn batches; each run's total loss is added to
    /// <paramref name="epochLoss"/> ([run depths, seeds]), and <paramref name="afterBatch"/> (when given) runs after
    /// batch b's update.</summary>
    internal static void TrainEpoch(Recipe recipe, TrainStep step, EpochOrder order, int epoch, TorchSharp.torch.Tensor epochLoss,
        Action<int>? afterBatch = null)
    {
        var scale = CooldownScale(recipe, epoch);
        order.Shuffle();
        var last = recipe.Depth - 1;
        for (var b = 0; b < order.Batches; b++)
        {
            using var scope = NewDisposeScope();
            var (x, pos, neg) = order.Batch(b);
            switch (recipe.Schedule)
            {
                case Schedule.Simultaneous:
                    step.Run(x, pos, neg, 0, last, scale, epochLoss);
                    break;
                case Schedule.Greedy:
                    var layer = (epoch - 1) / (recipe.Epochs / recipe.Depth);
                    step.Run(x, pos, neg, layer, layer, scale, epochLoss);
                    break;
                case Schedule.Interleaved:
                    for (var l = 0; l <= last; l++) step.Run(x, pos, neg, l, l, scale, epochLoss);
                    break;
            }
            afterBatch?.Invoke(b);
        }
    }
}
