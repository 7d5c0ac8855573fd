using FFRepro.Model.Bench;
using FFRepro.Model.Recipes;
using TorchSharp;

namespace FFRepro.Harness.Bench;

/// <summary>Measures what nested training saves on the trainer's real epoch and evaluation.</summary>
public static class NestingBench
{
    /// <summary>
    /// One row per width; <paramref name="evalImages"/> 0 times training alone. The configurations are measured in
    /// interleaved rounds (each depth alone, then nested, <paramref name="measured"/> times; each after its own warm-up
    /// epoch), so a machine whose speed drifts slows all of them alike.
    /// </summary>
    public static IReadOnlyList<NestingRow> Run(IReadOnlyList<int> widths, IReadOnlyList<int> depths, int seeds, int batches, int evalImages, int measured,
        torch.Device device, Action<NestingRow>? log = null)
    {
        var rows = new List<NestingRow>();
        var ordered = depths.Distinct().Order().ToList();
        foreach (var width in widths)
        {
            double Cost(int depth, IReadOnlyList<int>? nested)
            {
                var recipe = RecipePresets.Paper with { Depth = depth, Width = width };
                var train = EpochBenchmark.TrainEpochs(recipe, seeds, batches, 1, device, nested)[0];
                return evalImages > 0 ? train + EpochBenchmark.Evaluations(recipe, seeds, evalImages, 1, device, nested)[0] : train;
            }
            var rounds = new List<double[]>();
            for (var r = 0; r < measured; r++)
                rounds.Add([.. ordered.Select(d => Cost(d, null)), Cost(ordered[^1], ordered)]);
            var perDepth = ordered.Select((_, i) => Median(rounds.Select(x => x[i]))).ToList();
            var row = new NestingRow(width, ordered, seeds, perDepth.Sum(), Median(rounds.Select(x => x[^1])), perDepth, rounds);
            rows.Add(row);
            log?.Invoke(row);
        }
        return rows;
    }

    private static double Median(IEnumerable<double> xs) => MathNet.Numerics.Statistics.Statistics.Median(xs.ToArray());
}
