namespace FFRepro.Harness.Running;

/// <summary>What one <c>grid run</c> did.</summary>
/// <param name="Planned">Runs in the shard.</param>
/// <param name="Skipped">Runs already complete.</param>
/// <param name="Ok">Runs trained to the end now.</param>
/// <param name="Diverged">Runs that diverged now.</param>
/// <param name="Failed">Runs that failed now (they are retried on the next invocation).</param>
/// <param name="TrainSeconds">Time inside the trainer.</param>
/// <param name="WallSeconds">Time of the whole run loop.</param>
/// <param name="Cancelled">True when interrupted; finished batches are stored, the current one is lost.</param>
/// <param name="StoppedEarly">True when the start deadline (<c>--stop-after</c>) passed with batches left; nothing was lost.</param>
/// <param name="Reused">Per <c>--reuse</c> source grid, what was copied from it (those runs count as skipped).</param>
public sealed record RunSummary(int Planned, int Skipped, int Ok, int Diverged, int Failed, double TrainSeconds, double WallSeconds, bool Cancelled,
    bool StoppedEarly = false, IReadOnlyDictionary<string, ReuseSummary>? Reused = null)
{
    /// <summary>Epochs that units resumed from checkpoints did not have to train again (summed over units).</summary>
    public int ResumedEpochs { get; init; }

    /// <summary>Runs of the shard still missing after this invocation (failed ones included: they are retried).</summary>
    public int Left => Planned - Skipped - Ok - Diverged;

    /// <summary>Share of wall time spent outside training (planning, scanning, writing, progress).</summary>
    public double Overhead => WallSeconds <= 0 ? 0 : Math.Max(0, WallSeconds - TrainSeconds) / WallSeconds;
}
