using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;
using FFRepro.Harness.Running;

namespace FFRepro.Specs.Harness;

/// <summary>Observer that records problems and ignores the rest.</summary>
public sealed class NullObserver : IRunObserver
{
    public List<string> Problems { get; } = [];

    public void Started(int planned, int complete, int toRun) { }

    public void Problem(string message) => Problems.Add(message);

    public void BatchStarted(RunBatch batch, int runs) { }

    public void Epoch(RunBatch batch, int epoch, int epochs) { }

    public void BatchFinished(RunBatch batch, IReadOnlyList<RunRecord> written, double seconds) { }
}
