using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;
using FFRepro.Model.Training;

namespace FFRepro.Harness.Running;

/// <summary>Receives the runner's events; the CLI renders them as a progress bar or as plain log lines.</summary>
public interface IRunObserver
{
    /// <summary>Before the first unit: runs in this shard, already complete, and to train now.</summary>
    void Started(int planned, int complete, int toRun);

    /// <summary>A file was found unusable and moved aside; its run (or batch) will be trained again.</summary>
    void Problem(string message);

    /// <summary>A training unit begins (or resumes) training; <paramref name="runs"/> of its runs are missing.</summary>
    void BatchStarted(TrainingUnit unit, int runs);

    /// <summary>The unit resumes from its checkpoint taken after <paramref name="epoch"/>.</summary>
    void Resumed(TrainingUnit unit, int epoch);

    /// <summary>An epoch of the current unit finished.</summary>
    void Epoch(TrainingUnit unit, TrainProgress progress);

    /// <summary>A unit's runs were written.</summary>
    void BatchFinished(TrainingUnit unit, IReadOnlyList<RunRecord> written, double seconds);
}
