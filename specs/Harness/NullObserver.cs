using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;
using FFRepro.Harness.Running;
using FFRepro.Model.Training;

namespace FFRepro.Specs.Harness;

/// <summary>Observer that records problems, resumptions and progress, and ignores the rest.</summary>
public sealed class NullObserver : IRunObserver
{
    public List<string> Problems { get; } = [];

    public List<(int Unit, int Epoch)> Resumptions { get; } = [];

    public List<TrainProgress> Progress { get; } = [];

    public void Started(int planned, int complete, int toRun) { }

    public void Problem(string message) => Problems.Add(message);

    public void BatchStarted(TrainingUnit unit, int runs) { }

    public void Resumed(TrainingUnit unit, int epoch) => Resumptions.Add((unit.Index, epoch));

    public void Epoch(TrainingUnit unit, TrainProgress progress) => Progress.Add(progress);

    public void BatchFinished(TrainingUnit unit, IReadOnlyList<RunRecord> written, double seconds) { }
}
