using FFRepro.Model.Bench;
using FFRepro.Model.Recipes;
using TorchSharp;

namespace FFRepro.Harness.Bench;

/// <summary>Runs the bench workloads of <see cref="BenchOptions"/> on one device.</summary>
public static class BenchRunner
{
    /// <summary>Measures every workload and mode; <paramref name="log"/> gets one line per finished row.</summary>
    public static IReadOnlyList<BenchRow> Run(BenchOptions options, torch.Device device, Action<BenchRow>? log = null)
    {
        var rows = new List<BenchRow>();
        foreach (var (depth, width) in options.Workloads)
        {
            var recipe = RecipePresets.Paper with { Depth = depth, Width = width };
            foreach (var mode in options.Modes)
            {
                var seeds = mode == "batched" ? options.Seeds : 1;
                var (train, trainCpu) = EpochBenchmark.TrainEpochsTimed(recipe, seeds, options.Batches, options.Measured, device);
                var trainMs = Median(train);
                Add(new BenchRow("train-epoch", $"{depth}x{width}", mode, seeds, trainMs, trainMs / seeds,
                    seeds * options.Batches * recipe.BatchSize / (trainMs / 1000), train) { AllCpuMs = trainCpu });
                if (options.EvalImages > 0)
                {
                    var eval = EpochBenchmark.Evaluations(recipe, seeds, options.EvalImages, options.Measured, device);
                    var evalMs = Median(eval);
                    Add(new BenchRow("eval-pass", $"{depth}x{width}", mode, seeds, evalMs, evalMs / seeds,
                        seeds * options.EvalImages / (evalMs / 1000), eval));
                }
            }
        }
        return rows;

        void Add(BenchRow row)
        {
            rows.Add(row);
            log?.Invoke(row);
        }
    }

    /// <summary>Peak resident memory of this process in MiB (VmHWM), or NaN where /proc is missing.</summary>
    public static double PeakResidentMiB()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    private static double Median(double[] xs) => MathNet.Numerics.Statistics.Statistics.Median(xs);
}
