namespace FFRepro.Model.Recipes;

/// <summary>The named recipes FFRepro ships (the README's "Recipes" section gives their sources).</summary>
public static class RecipePresets
{
    /// <summary>loeweX/Forward-Forward, the implementation whose definitions the paper's review matches.</summary>
    public static readonly Recipe Paper = new()
    {
        Name = "paper",
        Depth = 3,
        Width = 1000,
        Epochs = 100,
        BatchSize = 100,
        Norm = NormKind.Rms,
        Goodness = GoodnessKind.SumSquares,
        Threshold = null,
        PeerNormWeight = 0.03,
        PeerNormMomentum = 0.9,
        FullGradientRelu = true,
        Init = InitKind.Normal,
        Optimizer = OptimizerKind.Sgd,
        Lr = 1e-3,
        Momentum = 0.9,
        WeightDecay = 3e-4,
        LrCooldown = true,
        Classifier = true,
        ClassifierLr = 1e-2,
        ClassifierWeightDecay = 3e-3,
        Schedule = Schedule.Simultaneous,
        Negatives = NegativeSampler.UniformWrong,
        ResampleNegatives = true,
        StandardizePixels = false,
        OverlayValue = OverlayValue.One,
        EvalEvery = 1,
        // Dense through the first 2,000 steps, where layers rise, then 20 epoch ends: on the paper design (full MNIST,
        // 500 steps per epoch, 100 epochs) 52 evaluations per run instead of 101 (docs/harness.md has the measured cost).
        EvalSchedule = "log:10@2000,epochs:20",
        EvalSamples = 0,
        EvalTrain = false,
    };

    /// <summary>mpezeshki/pytorch_forward_forward: the minimal full-batch variant most tutorials use.</summary>
    public static readonly Recipe Pezeshki = Paper with
    {
        Name = "pezeshki",
        Depth = 2,
        Width = 500,
        Epochs = 2000,
        BatchSize = 0,
        Norm = NormKind.L2,
        Goodness = GoodnessKind.MeanSquares,
        Threshold = 2.0,
        PeerNormWeight = 0,
        FullGradientRelu = false,
        Init = InitKind.TorchDefault,
        Optimizer = OptimizerKind.Adam,
        Lr = 0.03,
        Momentum = 0,
        WeightDecay = 0,
        LrCooldown = false,
        Classifier = false,
        ClassifierLr = 0,
        ClassifierWeightDecay = 0,
        Schedule = Schedule.Greedy,
        Negatives = NegativeSampler.Permuted,
        ResampleNegatives = false,
        StandardizePixels = true,
        OverlayValue = OverlayValue.Max,
        EvalEvery = 20,
        // Full batch: an epoch is one step, so epoch ends are the natural points.
        EvalSchedule = EvaluationSchedule.EpochsText,
    };

    /// <summary>Names of the presets, for messages.</summary>
    public static IReadOnlyList<string> Names { get; } = ["paper", "pezeshki"];

    /// <summary>The preset called <paramref name="name"/>; throws <see cref="RecipeException"/> naming the known ones otherwise.</summary>
    public static Recipe Get(string name) => name switch
    {
        "paper" => Paper,
        "pezeshki" => Pezeshki,
        _ => throw new RecipeException("recipe", $"unknown recipe '{name}'; known: {string.Join(", ", Names)}."),
    };
}
