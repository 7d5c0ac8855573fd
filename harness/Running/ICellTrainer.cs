using FFRepro.Harness.Planning;
using FFRepro.Harness.Provenance;
using FFRepro.Model.Metrics;

namespace FFRepro.Harness.Running;

/// <summary>Trains the batches of one training unit (seeds of one cell together; with nesting, the batches of cells that
/// differ only in depth, as one network of the deepest depth). The production implementation binds to FFRepro.Model's
/// trainer; specs use a deterministic fake.</summary>
public interface ICellTrainer
{
    /// <summary>The resolved device, e.g. <c>cpu</c> or <c>cuda</c>.</summary>
    string Device { get; }

    /// <summary>Versions, GPU and threads, for provenance.</summary>
    TorchFacts Facts { get; }

    /// <summary>Trains <paramref name="batches"/>: one batch, or several of ascending depth that differ only in depth and
    /// hold the same seeds (trained nested). Returns, per batch, one result per run in the batch's order.</summary>
    /// <param name="batches">The batches.</param>
    /// <param name="hooks">Progress and checkpoints.</param>
    /// <param name="ct">Cancellation: an interrupted unit throws <see cref="OperationCanceledException"/>.</param>
    IReadOnlyList<IReadOnlyList<RunResult>> Train(IReadOnlyList<RunBatch> batches, TrainingHooks hooks, CancellationToken ct);
}
