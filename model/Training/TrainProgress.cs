namespace FFRepro.Model.Training;

/// <summary>Reported after each trained epoch.</summary>
/// <param name="Epoch">Epochs finished so far.</param>
/// <param name="Epochs">Epochs in the run.</param>
/// <param name="Seeds">Seeds trained together.</param>
public sealed record TrainProgress(int Epoch, int Epochs, int Seeds);
