using FFRepro.Model.Recipes;

namespace FFRepro.Harness.Bench;

/// <summary>What <c>ffrepro bench</c> measures.</summary>
/// <param name="Workloads">Network shapes as depth x width, e.g. 3x1000.</param>
/// <param name="Seeds">Seeds trained together in the batched mode.</param>
/// <param name="Batches">Mini-batches of 100 per training epoch (500 = the reference's 50,000 images).</param>
/// <param name="Measured">Measured repetitions after one warm-up; the median is reported.</param>
/// <param name="Modes">"batched" (S seeds in one model) and/or "single" (one run at a time, S = 1).</param>
/// <param name="EvalImages">Images per evaluation pass; 0 skips the evaluation workload.</param>
/// <param name="Schedule">Evaluation schedule whose cost on the design is reported (default: the paper recipe's).</param>
public sealed record BenchOptions(
    IReadOnlyList<(int Depth, int Width)> Workloads,
    int Seeds,
    int Batches,
    int Measured,
    IReadOnlyList<string> Modes,
    int EvalImages,
    string Schedule)
{
    /// <summary>The paper recipe's epoch at the three shapes the reference measures, 30 seeds, 500 batches.</summary>
    public static BenchOptions Default { get; } = new([(2, 100), (3, 1000), (4, 2000)], 30, 500, 3, ["batched", "single"], 10000,
        RecipePresets.Paper.EvalSchedule);

    /// <summary>Steps per epoch of the design the overhead is computed for: the paper design on full MNIST (50,000
    /// training images in batches of 100).</summary>
    public int DesignStepsPerEpoch { get; init; } = 500;

    /// <summary>Epochs of the design.</summary>
    public int DesignEpochs { get; init; } = 100;

    /// <summary>Images per evaluation of the design (the MNIST test set).</summary>
    public int DesignTestImages { get; init; } = 10_000;

    /// <summary>The most 28x28 images a benchmark's synthetic data set can hold: its pixels are one byte array.</summary>
    public const int MaxImages = int.MaxValue / 784;

    /// <summary>The most mini-batches of 100 per epoch (their images form one synthetic data set).</summary>
    public const int MaxBatches = MaxImages / 100;

    /// <summary>Why <see cref="MaxImages"/> bounds image counts, for messages.</summary>
    public const string ImagesBound = "the synthetic images are held in one array of 28x28 bytes";

    /// <summary>Parses "2x100,3x1000" into shapes; throws <see cref="FormatException"/> naming the bad entry.</summary>
    public static IReadOnlyList<(int Depth, int Width)> ParseWorkloads(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(w =>
        {
            var parts = w.Split('x');
            return parts.Length == 2 && int.TryParse(parts[0], out var d) && int.TryParse(parts[1], out var n) && d >= 1 && n >= 1
                ? (d, n)
                : throw new FormatException($"workload '{w}' is not DEPTHxWIDTH (e.g. 3x1000).");
        }).ToArray();
}
