using FFRepro.Harness.Planning;
using FFRepro.Harness.Provenance;
using FFRepro.Model.Metrics;

namespace FFRepro.Harness.Running;

/// <summary>Trains one batch of runs (seeds of one cell, together). The production implementation binds to
/// FFRepro.Model's trainer; specs use a deterministic fake.</summary>
public interface ICellTrainer
{
    /// <summary>The resolved device, e.g. <c>cpu</c> or <c>cuda</c>.</summary>
    string Device { get; }

    /// <summary>Versions, GPU and threads, for provenance.</summary>
    TorchFacts Facts { get; }

    /// <summary>Trains every run of <paramref name="batch"/>; one result per run, in the batch's order.</summary>
    /// <param name="batch">The runs.</param>
    /// <param name="epochDone">Called with (epoch, epochs) as training progresses; may be null.</param>
    /// <param name="ct">Cancellation: an interrupted batch throws <see cref="OperationCanceledException"/>.</param>
    IReadOnlyList<RunResult> Train(RunBatch batch, Action<int, int>? epochDone, CancellationToken ct);
}
