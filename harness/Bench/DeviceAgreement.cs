using FFRepro.Model.Data.Registry;
using FFRepro.Model.Metrics;
using FFRepro.Model.Recipes;
using FFRepro.Model.Training;
using TorchSharp;

namespace FFRepro.Harness.Bench;

/// <summary>
/// Trains the same short run (same seeds, same data, same draws) on the CPU and on another device and reports the
/// largest difference of any recorded metric: the check that a GPU set-up computes what the CPU computes.
/// </summary>
public static class DeviceAgreement
{
    /// <summary>Max absolute difference over every metric of every seed, epoch and layer, and the number compared.</summary>
    public static (double MaxAbsDiff, int Compared) Compare(torch.Device device, int epochs = 2, int seeds = 2)
    {
        var data = DatasetRegistry.Load("mnist10k");
        var recipe = RecipePresets.Paper with { Depth = 2, Width = 100, Epochs = epochs, EvalSamples = 1000 };
        var ids = Enumerable.Range(1, seeds).Select(s => (long)s).ToArray();
        var cpu = FFTrainer.Train(new TrainRequest(recipe, data, ids, torch.CPU));
        var other = FFTrainer.Train(new TrainRequest(recipe, data, ids, device));
        var a = cpu.SelectMany(MetricValues.Flatten).ToArray();
        var b = other.SelectMany(MetricValues.Flatten).ToArray();
        if (a.Length != b.Length) return (double.PositiveInfinity, 0);
        return (a.Zip(b, (x, y) => Math.Abs(x - y)).Max(), a.Length);
    }
}
