namespace FFRepro.Model.Metrics;

/// <summary>The outcome of training one seed.</summary>
/// <param name="Seed">The run seed every random draw of this run derives from.</param>
/// <param name="Status">How the run ended.</param>
/// <param name="EpochsCompleted">Epochs fully trained (equals the recipe's epochs when <see cref="RunStatus.Ok"/>).</param>
/// <param name="DivergedAtEpoch">The epoch in which a loss became non-finite; null otherwise.</param>
/// <param name="Curves">Metrics at each evaluation point up to the end of epoch EpochsCompleted, for each evaluated
/// split, in step order (points inside the epoch in which the run diverged are dropped with it).</param>
/// <param name="WallSeconds">Wall time of this run (its share when seeds are trained together).</param>
public sealed record RunResult(
    long Seed,
    RunStatus Status,
    int EpochsCompleted,
    int? DivergedAtEpoch,
    IReadOnlyList<PointMetrics> Curves,
    double WallSeconds)
{
    /// <summary>Optimizer steps (mini-batches) per epoch; a point's fractional epoch is its step divided by this.</summary>
    public int StepsPerEpoch { get; init; } = 1;

    /// <summary>Positive training images per step and seed (the batch size; the training split for full batch), so
    /// that a point has seen <c>Step x SamplesPerStep</c> training images.</summary>
    public int SamplesPerStep { get; init; } = 1;

    /// <summary>The running training-batch accuracy at every evaluation point after step 0, in step order.</summary>
    public IReadOnlyList<RunningFfAccuracy> RunningAccuracy { get; init; } = [];
}
