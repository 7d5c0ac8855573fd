namespace FFRepro.Model.Metrics;

/// <summary>The outcome of training one seed.</summary>
/// <param name="Seed">The run seed every random draw of this run derives from.</param>
/// <param name="Status">How the run ended.</param>
/// <param name="EpochsCompleted">Epochs fully trained (equals the recipe's epochs when <see cref="RunStatus.Ok"/>).</param>
/// <param name="DivergedAtEpoch">The epoch in which a loss became non-finite; null otherwise.</param>
/// <param name="Curves">Metrics at epochs 0..EpochsCompleted, for each evaluated split.</param>
/// <param name="WallSeconds">Wall time of this run (its share when seeds are trained together).</param>
public sealed record RunResult(
    long Seed,
    RunStatus Status,
    int EpochsCompleted,
    int? DivergedAtEpoch,
    IReadOnlyList<EpochMetrics> Curves,
    double WallSeconds);
