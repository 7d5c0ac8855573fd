using System.Diagnostics;
using FFRepro.Model.Data;
using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using FFRepro.Model.Training;
using static TorchSharp.torch;

namespace FFRepro.Model.Bench;

/// <summary>
/// Times the real training epoch and evaluation pass of the trainer on uniform random pixels (the cost does not
/// depend on the values), the same workload as the PyTorch peer's epoch (tools/pytorch): batch 100, a fixed number of batches.
/// </summary>
public static class EpochBenchmark
{
    /// <summary>Wall milliseconds of each measured training epoch (after one warm-up epoch) for S seeds trained together;
    /// with <paramref name="depths"/>, one network of the recipe's depth with a classifier per run depth (nested training).</summary>
    public static double[] TrainEpochs(Recipe recipe, int seeds, int batches, int measured, Device device, IReadOnlyList<int>? depths = null) =>
        TrainEpochsTimed(recipe, seeds, batches, measured, device, depths).WallMs;

    /// <summary>
    /// Wall and process CPU milliseconds of each measured training epoch (after one warm-up epoch). On a CPU with one
    /// intra-op thread the CPU time is the work done, whatever share of a busy machine the process got. With
    /// <paramref name="depths"/>, one network of the recipe's depth with a classifier per run depth (nested training).
    /// </summary>
    public static (double[] WallMs, double[] CpuMs) TrainEpochsTimed(Recipe recipe, int seeds, int batches, int measured, Device device,
        IReadOnlyList<int>? depths = null)
    {
        var data = RandomSplit(recipe.BatchSize * batches, seed: 1);
        using var scope = NewDisposeScope();
        using var train = new DeviceData(data, 0, recipe, device);
        var seedList = Enumerable.Range(1, seeds).Select(s => (long)s).ToArray();
        using var net = new BatchedNetwork(recipe, train.Features, seedList, device, depths);
        using var optimizer = new BatchedOptimizer(recipe, TorchRuntime.Settings);
        using var order = new EpochOrder(recipe, train, seedList);
        using var step = new TrainStep(recipe, net, optimizer);
        using var loss = zeros(net.Depths.Count, seeds, device: device);
        var times = new double[measured];
        var cpu = new double[measured];
        using var process = Process.GetCurrentProcess();
        for (var e = -1; e < measured; e++)
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            FFTrainer.TrainEpoch(recipe, step, order, 1, loss);   // the trainer's own epoch (epoch 1: no cool-down)
            using var host = loss.cpu();   // waits for the device
            if (e < 0) continue;
            times[e] = clock.Elapsed.TotalMilliseconds;
            process.Refresh();
            cpu[e] = (process.TotalProcessorTime - cpuStart).TotalMilliseconds;
        }
        return (times, cpu);
    }

    /// <summary>Wall milliseconds of each measured evaluation pass (all seeds, all 10 labels plus neutral) over
    /// <paramref name="images"/> images; with <paramref name="depths"/>, the metrics of every run depth of one network.</summary>
    public static double[] Evaluations(Recipe recipe, int seeds, int images, int measured, Device device, IReadOnlyList<int>? depths = null)
    {
        var data = RandomSplit(images, seed: 2);
        using var scope = NewDisposeScope();
        using var test = new DeviceData(data, 0, recipe, device);
        var seedList = Enumerable.Range(1, seeds).Select(s => (long)s).ToArray();
        using var net = new BatchedNetwork(recipe, test.Features, seedList, device, depths);
        using var evaluator = new Evaluator(recipe, test, seedList, Metrics.EvalSplit.Test);
        var times = new double[measured];
        for (var e = -1; e < measured; e++)
        {
            var clock = Stopwatch.StartNew();
            evaluator.EvaluateAll(net, 0);   // copies results to the host, so it waits for the device
            if (e >= 0) times[e] = clock.Elapsed.TotalMilliseconds;
        }
        return times;
    }

    /// <summary>
    /// Training epochs and evaluation passes of one model measured alternately (after one warm-up of each), so that a
    /// machine whose speed drifts slows both alike: their ratio is what the evaluation overhead of a schedule needs.
    /// </summary>
    /// <returns>Wall and process CPU milliseconds of each measured epoch of <paramref name="batches"/> batches, and wall
    /// milliseconds of each pass over <paramref name="images"/> images.</returns>
    public static (double[] Train, double[] TrainCpu, double[] Eval) Alternating(Recipe recipe, int seeds, int batches, int images, int measured, Device device)
    {
        using var scope = NewDisposeScope();
        using var train = new DeviceData(RandomSplit(recipe.BatchSize * batches, seed: 1), 0, recipe, device);
        using var test = new DeviceData(RandomSplit(images, seed: 2), 0, recipe, device);
        var seedList = Enumerable.Range(1, seeds).Select(s => (long)s).ToArray();
        using var net = new BatchedNetwork(recipe, train.Features, seedList, device);
        using var optimizer = new BatchedOptimizer(recipe, TorchRuntime.Settings);
        using var order = new EpochOrder(recipe, train, seedList);
        using var step = new TrainStep(recipe, net, optimizer);
        using var evaluator = new Evaluator(recipe, test, seedList, Metrics.EvalSplit.Test);
        using var loss = zeros(seeds, device: device);
        var (trainMs, trainCpu, evalMs) = (new double[measured], new double[measured], new double[measured]);
        using var process = Process.GetCurrentProcess();
        for (var e = -1; e < measured; e++)
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            FFTrainer.TrainEpoch(recipe, step, order, 1, loss);
            using (loss.cpu()) { }   // waits for the device
            if (e >= 0)
            {
                trainMs[e] = clock.Elapsed.TotalMilliseconds;
                process.Refresh();
                trainCpu[e] = (process.TotalProcessorTime - cpuStart).TotalMilliseconds;
            }
            clock.Restart();
            evaluator.EvaluateAll(net, 0);
            if (e >= 0) evalMs[e] = clock.Elapsed.TotalMilliseconds;
        }
        return (trainMs, trainCpu, evalMs);
    }

    private static DataSplit RandomSplit(int count, int seed)
    {
        var rng = new Random(seed);
        var pixels = new byte[count * 784];
        rng.NextBytes(pixels);
        var labels = new byte[count];
        for (var i = 0; i < count; i++) labels[i] = (byte)rng.Next(10);
        return new DataSplit(pixels, labels, 28, 28);
    }
}
