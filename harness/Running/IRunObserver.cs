using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;

namespace FFRepro.Harness.Running;

/// <summary>Receives the runner's events; the CLI renders them as a progress bar or as plain log lines.</summary>
public interface IRunObserver
{
    /// <summary>Before the first batch: runs in this shard, already complete, and to train now.</summary>
    void Started(int planned, int complete, int toRun);

    /// <summary>A file was found unusable and moved aside; its run will be trained again.</summary>
    void Problem(string message);

    /// <summary>A batch begins training.</summary>
    void BatchStarted(RunBatch batch, int runs);

    /// <summary>An epoch of the current batch finished.</summary>
    void Epoch(RunBatch batch, int epoch, int epochs);

    /// <summary>A batch's runs were written.</summary>
    void BatchFinished(RunBatch batch, IReadOnlyList<RunRecord> written, double seconds);
}
