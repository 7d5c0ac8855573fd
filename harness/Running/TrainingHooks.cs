using FFRepro.Model.Checkpoints;
using FFRepro.Model.Training;

namespace FFRepro.Harness.Running;

/// <summary>What a trainer reports to and keeps with the grid while a unit trains.</summary>
/// <param name="Progress">Called after every epoch; may be null.</param>
/// <param name="Checkpoints">Where the unit's checkpoint lives; null: no checkpoints.</param>
public sealed record TrainingHooks(Action<TrainProgress>? Progress = null, ICheckpointStore? Checkpoints = null)
{
    /// <summary>No progress, no checkpoints.</summary>
    public static readonly TrainingHooks None = new();
}
