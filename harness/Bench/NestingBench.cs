using FFRepro.Model.Bench;
using FFRepro.Model.Recipes;
using TorchSharp;

namespace FFRepro.Harness.Bench;

/// <summary>One width of <c>ffrepro bench nesting</c>: an epoch and an evaluation pass of every depth trained separately
/// (summed over depths) against one nested network of the deepest depth with a classifier per depth.</summary>
/// <param name="Width">Units per layer.</param>
/// <param name="Depths">The depths.</param>
/// <param name="Seeds">Seeds batched.</param>
/// <param name="SeparateMs">Sum over depths of the median training epoch plus evaluation pass of that depth alone.</param>
/// <param name="NestedMs">Median training epoch plus evaluation pass of the nested network.</param>
/// <param name="PerDepthMs">The separate medians, per depth.</param>
public sealed record NestingRow(int Width, IReadOnlyList<int> Depths, int Seeds, double SeparateMs, double NestedMs, IReadOnlyList<double> PerDepthMs)
{
    /// <summary>How many times faster nesting is: separate / nested.</summary>
    public double Saving => SeparateMs / NestedMs;
}

/// <summary>Measures what nested training saves on the trainer's real epoch and evaluation.</summary>
public static class NestingBench
{
    /// <summary>One row per width; <paramref name="evalImages"/> 0 times training alone.</summary>
    public static IReadOnlyList<NestingRow> Run(IReadOnlyList<int> widths, IReadOnlyList<int> depths, int seeds, int batches, int evalImages, int measured,
        torch.Device device, Action<NestingRow>? log = null)
    {
        var rows = new List<NestingRow>();
        foreach (var width in widths)
        {
            double Cost(int depth, IReadOnlyList<int>? nested)
            {
                var recipe = RecipePresets.Paper with { Depth = depth, Width = width };
                var train = Median(EpochBenchmark.TrainEpochs(recipe, seeds, batches, measured, device, nested));
                return evalImages > 0 ? train + Median(EpochBenchmark.Evaluations(recipe, seeds, evalImages, measured, device, nested)) : train;
            }
            var perDepth = depths.Select(d => Cost(d, null)).ToList();
            var row = new NestingRow(width, depths, seeds, perDepth.Sum(), Cost(depths.Max(), depths.Order().ToList()), perDepth);
            rows.Add(row);
            log?.Invoke(row);
        }
        return rows;
    }

    private static double Median(double[] xs) => MathNet.Numerics.Statistics.Statistics.Median(xs);
}
