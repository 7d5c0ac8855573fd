using System.Diagnostics;
using FFRepro.Model.Checkpoints;
using FFRepro.Model.Metrics;
using FFRepro.Model.Recipes;
using static TorchSharp.torch;

namespace FFRepro.Model.Training;

/// <summary>
/// Trains the seeds of one cell side by side in one batched model and records every layer's and the model's
/// metrics at epoch 0 and after every <see cref="Recipe.EvalEvery"/> epochs. Each seed draws its initialization,
/// data order and negatives from its own generators, so its curve does not depend on which seeds share the batch
/// (up to float rounding of the batched products; bit-identical within one batch composition, device and thread count).
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
        using var optimizer = new BatchedOptimizer(recipe);
        using var order = new EpochOrder(recipe, train, request.Seeds);
        using var step = new TrainStep(recipe, net, optimizer);
        // using: an evaluator holds device tensors outside the run's dispose scope, also when training is cancelled.
        using var testEvaluator = new Evaluator(recipe, test, request.Seeds, EvalSplit.Test);
        using var trainEvaluator = trainEval is null ? null : new Evaluator(recipe, trainEval, request.Seeds, EvalSplit.Train);
        Evaluator[] evaluators = trainEvaluator is null ? [testEvaluator] : [testEvaluator, trainEvaluator];

        var s = request.Seeds.Count;
        var runs = request.RunDepths.Count * s;   // run r: depth RunDepths[r / s], seed Seeds[r % s]
        var curves = Enumerable.Range(0, runs).Select(_ => new List<EpochMetrics>()).ToArray();
        var divergedAt = new int?[runs];
        var completed = new int[runs];
        var state = new TrainingState(request, net, optimizer, order, curves, divergedAt, completed);
        var start = Checkpointing.Resume(state);
        if (start == 0) Record(0);
        using var epochLoss = zeros(request.RunDepths.Count, s, device: device);
        for (var epoch = start + 1; epoch <= recipe.Epochs && divergedAt.Any(d => d is null); epoch++)
        {
            ct.ThrowIfCancellationRequested();
            epochLoss.zero_();
            TrainEpoch(recipe, step, order, epoch, epochLoss);
            var losses = epochLoss.cpu().data<float>().ToArray();
            for (var k = 0; k < runs; k++)
            {
                if (divergedAt[k] is not null) continue;
                if (float.IsFinite(losses[k])) completed[k] = epoch;
                else divergedAt[k] = epoch;
            }
            if (epoch % recipe.EvalEvery == 0 || epoch == recipe.Epochs) Record(epoch);
            var saved = Checkpointing.AfterEpoch(state, epoch, clock.Elapsed.TotalSeconds);
            progress?.Report(new TrainProgress(epoch, recipe.Epochs, s, state.LatestAccuracy(), saved));
        }

        var perRun = (state.SecondsBefore + clock.Elapsed.TotalSeconds) / runs;
        return Enumerable.Range(0, runs).Select(k => new RunResult(
            request.Seeds[k % s],
            divergedAt[k] is null ? RunStatus.Ok : RunStatus.Diverged,
            completed[k],
            divergedAt[k],
            curves[k],
            perRun)).ToArray();

        void Record(int epoch)
        {
            foreach (var evaluator in evaluators)
            {
                var metrics = evaluator.EvaluateAll(net, epoch);
                for (var k = 0; k < runs; k++)
                    if (divergedAt[k] is null) curves[k].Add(metrics[k]);
            }
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
    /// <paramref name="epochLoss"/> ([run depths, seeds]).</summary>
    internal static void TrainEpoch(Recipe recipe, TrainStep step, EpochOrder order, int epoch, TorchSharp.torch.Tensor epochLoss)
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
        }
    }
}
