using FFRepro.Model.Checkpoints;
using FFRepro.Model.Data;
using FFRepro.Model.Metrics;
using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using FFRepro.Model.Training;
using static TorchSharp.torch;

namespace FFRepro.Model.Bench;

/// <summary>
/// A training's full state, as after some epochs, for timing checkpoints: S seeds of one shape with optimizer state,
/// per run the curve points and running-accuracy rows of the recipe's evaluation schedule up to that epoch, on random
/// data of a given size. Only sizes matter for the cost, not the values.
/// </summary>
public sealed class CheckpointWorkload : IDisposable
{
    private readonly DeviceData _train;
    private readonly BatchedNetwork _net;
    private readonly BatchedOptimizer _optimizer;
    private readonly EpochOrder _order;
    private readonly RunningAccuracyMeter _meter;
    private readonly TrainingState _state;

    /// <param name="recipe">The recipe (its depth is trained).</param>
    /// <param name="seeds">Seeds in the batch.</param>
    /// <param name="trainImages">Training images (the data set is fingerprinted with every checkpoint's training).</param>
    /// <param name="epochs">Epochs trained: the schedule's points up to the end of this epoch are recorded.</param>
    /// <param name="device">Where the state lives.</param>
    /// <param name="depths">Run depths (nested) or null.</param>
    public CheckpointWorkload(Recipe recipe, int seeds, int trainImages, int epochs, Device device, IReadOnlyList<int>? depths = null)
    {
        var rng = new Random(3);
        DataSplit Split(int n)
        {
            var pixels = new byte[n * 784];
            rng.NextBytes(pixels);
            return new DataSplit(pixels, Enumerable.Range(0, n).Select(i => (byte)(i % 10)).ToArray(), 28, 28);
        }
        var data = new Dataset("bench", Split(trainImages), null, Split(1000), "random");
        var seedList = Enumerable.Range(1, seeds).Select(s => (long)s).ToArray();
        var request = new TrainRequest(recipe, data, seedList, device, depths);
        _train = new DeviceData(data.Train, 0, recipe, device);
        _net = new BatchedNetwork(recipe, _train.Features, seedList, device, request.RunDepths);
        _optimizer = new BatchedOptimizer(recipe, TorchRuntime.Settings);
        _order = new EpochOrder(recipe, _train, seedList);
        _order.Shuffle();
        _meter = new RunningAccuracyMeter(recipe, seeds, device);
        var runs = request.RunDepths.Count * seeds;
        var points = EvaluationSchedule.Parse(recipe.EvalSchedule).Points(_order.Batches, recipe.Epochs, recipe.EvalEvery)
            .Where(p => p <= (long)epochs * _order.Batches).ToArray();
        var curves = Enumerable.Range(0, runs).Select(r => points.Select(p => new PointMetrics(p, EvalSplit.Test,
            Enumerable.Range(1, request.RunDepths[r / seeds]).Select(l => new LayerMetrics(l, 0.9, 0.8, 10.5, 3.2, 0.3)).ToList(),
            new ModelMetrics(0.95, 0.9, 0.9, 0.2))).ToList()).ToArray();
        var running = Enumerable.Range(0, runs).Select(r => points.Where(p => p > 0)
            .Select(p => new RunningFfAccuracy(p, Enumerable.Repeat(0.9, request.RunDepths[r / seeds]).ToList())).ToList()).ToArray();
        _state = new TrainingState(request, _net, _optimizer, _order, _meter, curves, running, new int?[runs], Enumerable.Repeat(epochs, runs).ToArray());
    }

    /// <summary>Writes a checkpoint of the state, as the trainer does after an epoch.</summary>
    public void Write(Stream output) => CheckpointFile.Write(output, _state, epoch: 1, seconds: 0);

    /// <summary>Verifies and restores a checkpoint written by <see cref="Write"/>, as a resumed training does.</summary>
    public void Read(Stream input) => CheckpointFile.Read(input, _state);

    /// <summary>Frees the model, optimizer and meter tensors this workload holds.</summary>
    public void Dispose()
    {
        _meter.Dispose();
        _order.Dispose();
        _optimizer.Dispose();
        _net.Dispose();
        _train.Dispose();
    }
}
