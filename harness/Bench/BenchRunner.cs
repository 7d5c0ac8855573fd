using FFRepro.Model.Bench;
using FFRepro.Model.Recipes;
using TorchSharp;

namespace FFRepro.Harness.Bench;

/// <summary>Runs the bench workloads of <see cref="BenchOptions"/> on one device.</summary>
public static class BenchRunner
{
    /// <summary>Measures every workload and mode, and what the options' schedule costs on the options' design;
    /// <paramref name="log"/> gets one line per finished row.</summary>
    public static BenchResults Run(BenchOptions options, torch.Device device, Action<BenchRow>? log = null)
    {
        var rows = new List<BenchRow>();
        var overheads = new List<OverheadRow>();
        var schedule = EvaluationSchedule.Parse(options.Schedule);
        var points = schedule.Points(options.DesignStepsPerEpoch, options.DesignEpochs, 1).Length;
        foreach (var (depth, width) in options.Workloads)
        {
            var recipe = RecipePresets.Paper with { Depth = depth, Width = width };
            foreach (var mode in options.Modes)
            {
                var seeds = mode == "batched" ? options.Seeds : 1;
                var (train, trainCpu, eval) = options.EvalImages > 0
                    ? EpochBenchmark.Alternating(recipe, seeds, options.Batches, options.EvalImages, options.Measured, device)
                    : Untimed(EpochBenchmark.TrainEpochsTimed(recipe, seeds, options.Batches, options.Measured, device));
                var trainMs = Median(train);
                Add(new BenchRow("train-epoch", $"{depth}x{width}", mode, seeds, trainMs, trainMs / seeds,
                    seeds * options.Batches * recipe.BatchSize / (trainMs / 1000), train)
                { AllCpuMs = trainCpu });
                if (eval.Length == 0) continue;
                var evalMs = Median(eval);
                Add(new BenchRow("eval-pass", $"{depth}x{width}", mode, seeds, evalMs, evalMs / seeds,
                    seeds * options.EvalImages / (evalMs / 1000), eval));
                // Each repetition's epoch and pass ran back to back, so their ratio is free of the machine's slow drift:
                // the median of those ratios, not the ratio of the medians.
                double Percent(double epochMs, double passMs) =>
                    100 * points * options.DesignTestImages * (passMs / options.EvalImages)
                    / ((double)options.DesignStepsPerEpoch * options.DesignEpochs * (epochMs / options.Batches));
                overheads.Add(new OverheadRow($"{depth}x{width}", mode, seeds, schedule.ToString(), options.DesignStepsPerEpoch,
                    options.DesignEpochs, options.DesignTestImages, points, trainMs / options.Batches, evalMs / options.EvalImages,
                    Median(train.Zip(eval, Percent).ToArray())));
            }
        }
        return new BenchResults(rows, overheads);

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

    private static (double[] Train, double[] TrainCpu, double[] Eval) Untimed((double[] WallMs, double[] CpuMs) train) =>
        (train.WallMs, train.CpuMs, []);

    private static double Median(double[] xs) => MathNet.Numerics.Statistics.Statistics.Median(xs);
}
