using System.Text.Json.Serialization;

namespace FFRepro.Model.Recipes;

/// <summary>
/// Every hyper-parameter of one Forward-Forward training run. Immutable; presets live in <see cref="RecipePresets"/>,
/// grids change fields through <see cref="RecipeOverrides"/>, and <see cref="Validate"/> runs before any training.
/// JSON names (snake_case) are the names grids and result files use.
/// </summary>
public sealed record Recipe
{
    /// <summary>Preset this recipe started from (<c>paper</c> or <c>pezeshki</c>).</summary>
    [JsonPropertyName("recipe")] public required string Name { get; init; }

    /// <summary>Number of hidden FF layers (L &gt;= 1).</summary>
    [JsonPropertyName("depth")] public required int Depth { get; init; }

    /// <summary>Units per hidden layer.</summary>
    [JsonPropertyName("width")] public required int Width { get; init; }

    /// <summary>Training epochs. For the greedy schedule, the total over all layers (each layer gets Epochs / Depth).</summary>
    [JsonPropertyName("epochs")] public required int Epochs { get; init; }

    /// <summary>Mini-batch size in positive samples (each batch also holds as many negatives); 0 = full batch.
    /// The last partial batch of an epoch is dropped.</summary>
    [JsonPropertyName("batch_size")] public required int BatchSize { get; init; }

    /// <summary>How each layer normalizes its input.</summary>
    [JsonPropertyName("norm")] public required NormKind Norm { get; init; }

    /// <summary>Goodness of a layer's activity vector.</summary>
    [JsonPropertyName("goodness")] public required GoodnessKind Goodness { get; init; }

    /// <summary>Threshold theta in logit = goodness - theta; null = the layer's number of units (loeweX).</summary>
    [JsonPropertyName("threshold")] public double? Threshold { get; init; }

    /// <summary>Weight of the peer-normalization loss; 0 turns it off.</summary>
    [JsonPropertyName("peer_norm_weight")] public required double PeerNormWeight { get; init; }

    /// <summary>Momentum of the running mean of unit activity used by peer normalization.</summary>
    [JsonPropertyName("peer_norm_momentum")] public required double PeerNormMomentum { get; init; }

    /// <summary>ReLU whose backward pass lets the gradient through unchanged (loeweX).</summary>
    [JsonPropertyName("full_gradient_relu")] public required bool FullGradientRelu { get; init; }

    /// <summary>Weight initialization of the FF layers.</summary>
    [JsonPropertyName("init")] public required InitKind Init { get; init; }

    /// <summary>Optimizer of the FF layers and the classifier.</summary>
    [JsonPropertyName("optimizer")] public required OptimizerKind Optimizer { get; init; }

    /// <summary>Learning rate of the FF layers.</summary>
    [JsonPropertyName("lr")] public required double Lr { get; init; }

    /// <summary>SGD momentum (ignored by Adam, which uses betas 0.9/0.999).</summary>
    [JsonPropertyName("momentum")] public required double Momentum { get; init; }

    /// <summary>L2 weight decay of the FF layers (added to the gradient, as torch.optim does).</summary>
    [JsonPropertyName("weight_decay")] public required double WeightDecay { get; init; }

    /// <summary>Linear learning-rate cool-down over the second half of training (loeweX's schedule).</summary>
    [JsonPropertyName("lr_cooldown")] public required bool LrCooldown { get; init; }

    /// <summary>Train the bias-free linear classifier on the neutral-label activations of layers 2..L.</summary>
    [JsonPropertyName("classifier")] public required bool Classifier { get; init; }

    /// <summary>Learning rate of the classifier.</summary>
    [JsonPropertyName("classifier_lr")] public required double ClassifierLr { get; init; }

    /// <summary>Weight decay of the classifier.</summary>
    [JsonPropertyName("classifier_weight_decay")] public required double ClassifierWeightDecay { get; init; }

    /// <summary>Which layers are updated when.</summary>
    [JsonPropertyName("schedule")] public required Schedule Schedule { get; init; }

    /// <summary>How negative labels are drawn.</summary>
    [JsonPropertyName("negatives")] public required NegativeSampler Negatives { get; init; }

    /// <summary>Draw new negative labels every epoch (loeweX) or once per run (pezeshki's full-batch original).</summary>
    [JsonPropertyName("resample_negatives")] public required bool ResampleNegatives { get; init; }

    /// <summary>Standardize pixels with MNIST's mean 0.1307 and sd 0.3081 (pezeshki) instead of keeping them in [0, 1].</summary>
    [JsonPropertyName("standardize_pixels")] public required bool StandardizePixels { get; init; }

    /// <summary>Value written into the label pixel: <c>one</c> (1.0) or <c>max</c> (the data's largest pixel value, pezeshki).</summary>
    [JsonPropertyName("overlay_value")] public required OverlayValue OverlayValue { get; init; }

    /// <summary>Interval, in epochs, of the <c>epochs</c> term of <see cref="EvalSchedule"/>: with it, the end of every
    /// this many epochs is evaluated (epoch 0 and the last epoch always are).</summary>
    [JsonPropertyName("eval_every")] public required int EvalEvery { get; init; }

    /// <summary>
    /// The optimizer steps at which the run is evaluated, in the compact syntax of <see cref="EvaluationSchedule"/>
    /// (e.g. <c>log:12@1000,epochs</c>). Absent from JSON written before schedules existed, which means <c>epochs</c>;
    /// the canonical JSON leaves it out at that value, so such runs keep their ids.
    /// </summary>
    [JsonPropertyName("eval_schedule")] public string EvalSchedule { get; init; } = EvaluationSchedule.EpochsText;

    /// <summary>Evaluate on at most this many test images (the first ones); 0 = the whole test split.</summary>
    [JsonPropertyName("eval_samples")] public required int EvalSamples { get; init; }

    /// <summary>Also evaluate on a fixed subset of the training split, the size of the evaluated test set.</summary>
    [JsonPropertyName("eval_train")] public required bool EvalTrain { get; init; }

    /// <summary>Threshold actually used: <see cref="Threshold"/>, or <see cref="Width"/> when it is null.</summary>
    [JsonIgnore] public double Theta => Threshold ?? Width;

    /// <summary>Positive training images per mini-batch on a training split of <paramref name="trainCount"/> images
    /// (<see cref="BatchSize"/>, or the whole split for full batch).</summary>
    public int SamplesPerStep(int trainCount) => BatchSize == 0 ? trainCount : BatchSize;

    /// <summary>Optimizer steps (mini-batches) per epoch on a training split of <paramref name="trainCount"/> images:
    /// the last partial batch is dropped (loeweX: drop_last=True); 1 for full batch.</summary>
    public int StepsPerEpoch(int trainCount) => trainCount / Math.Max(1, SamplesPerStep(trainCount));

    /// <summary>Every violated constraint, each naming its field; empty when the recipe is usable.</summary>
    public IReadOnlyList<string> Validate() => RecipeValidator.Errors(this);
}
