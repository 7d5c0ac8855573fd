namespace FFRepro.Model.Training;

/// <summary>Reported after each trained epoch.</summary>
/// <param name="Epoch">Epochs finished so far.</param>
/// <param name="Epochs">Epochs in the run.</param>
/// <param name="Seeds">Seeds trained together.</param>
/// <param name="Accuracy">Mean over the deepest run depth's seeds that have not diverged of the latest test accuracy
/// (classifier, else summed goodness); null before any evaluation.</param>
/// <param name="Checkpointed">Whether a checkpoint was written after this epoch.</param>
public sealed record TrainProgress(int Epoch, int Epochs, int Seeds, double? Accuracy = null, bool Checkpointed = false);
