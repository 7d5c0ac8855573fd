using System.Diagnostics;
using System.Globalization;
using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;
using FFRepro.Harness.Running;
using FFRepro.Model.Training;

namespace FFRepro.Harness.Progress;

/// <summary>
/// Plain lines for logs and CI (output that is not a terminal): one per finished run, and while a batch trains a
/// heartbeat after every checkpoint and at least every tenth of its epochs (batch, epoch/epochs, the latest model
/// accuracy, the time left for the batch and for the shard). Lines are complete and self-describing so that a log of
/// a days-long grid can be grepped.
/// </summary>
public sealed class PlainLogObserver(TextWriter output, TextWriter errors) : IRunObserver
{
    private readonly Stopwatch _clock = new();
    private readonly Stopwatch _unitClock = new();
    private int _toRun;
    private int _written;
    private int _unitRuns;
    private int _firstEpoch;   // epochs the current unit had when this process started training it (resumed)

    /// <inheritdoc />
    public void Started(int planned, int complete, int toRun)
    {
        _toRun = toRun;
        _clock.Restart();
        output.WriteLine(Invariant($"planned {planned}, already complete {complete}, to run {toRun}"));
    }

    /// <inheritdoc />
    public void Problem(string message) => errors.WriteLine("warning: " + message);

    /// <inheritdoc />
    public void BatchStarted(TrainingUnit unit, int runs)
    {
        _unitRuns = runs;
        _firstEpoch = 0;
        _unitClock.Restart();
        var seeds = unit.Deepest.Runs;
        output.WriteLine(Invariant($"batch {unit.Index}: {unit.Label}, {seeds.Count} seed(s) {seeds[0].Seed}..{seeds[^1].Seed}{(unit.Nested ? $", nested: {runs} runs from one network" : "")}"));
    }

    /// <inheritdoc />
    public void Resumed(TrainingUnit unit, int epoch)
    {
        _firstEpoch = epoch;
        _unitClock.Restart();
        output.WriteLine(Invariant($"batch {unit.Index}: resumed from its checkpoint after epoch {epoch}"));
    }

    /// <inheritdoc />
    public void Epoch(TrainingUnit unit, TrainProgress progress)
    {
        var every = Math.Max(1, progress.Epochs / 10);
        if (!progress.Checkpointed && progress.Epoch % every != 0 && progress.Epoch != progress.Epochs) return;
        // Time per epoch of this unit in this process; the rest of the shard extrapolated from finished units, or
        // (before any) as units like this one.
        var perEpoch = _unitClock.Elapsed.TotalSeconds / Math.Max(1, progress.Epoch - _firstEpoch);
        var unitLeft = perEpoch * (progress.Epochs - progress.Epoch);
        var runsAfter = _toRun - _written - _unitRuns;
        var afterSeconds = _written > 0
            ? runsAfter * _clock.Elapsed.TotalSeconds / _written
            : runsAfter * perEpoch * progress.Epochs / Math.Max(1, _unitRuns);
        var acc = progress.Accuracy is { } a ? Invariant($"{a:0.0000}") : "n/a";
        output.WriteLine(Invariant(
            $"batch {unit.Index} {unit.Label} epoch {progress.Epoch}/{progress.Epochs} acc={acc}{(progress.Checkpointed ? " checkpoint" : "")} {perEpoch:0.0}s/epoch eta batch {Format(TimeSpan.FromSeconds(unitLeft))} shard {Format(TimeSpan.FromSeconds(unitLeft + afterSeconds))}"));
    }

    /// <inheritdoc />
    public void BatchFinished(TrainingUnit unit, IReadOnlyList<RunRecord> written, double seconds)
    {
        foreach (var r in written)
        {
            _written++;
            var rate = _written / Math.Max(1e-9, _clock.Elapsed.TotalHours);
            var eta = TimeSpan.FromHours((_toRun - _written) / Math.Max(1e-9, rate));
            var acc = r.FinalClassifierAccuracy is { } a && double.IsFinite(a) ? a : r.FinalGoodnessAccuracy;
            output.WriteLine(Invariant(
                $"[{_written}/{_toRun}] {r.RunId} {r.Treatment} seed={r.Seed} {r.Status} epochs={r.EpochsCompleted} acc={acc:0.0000} {r.WallSeconds:0.0}s {rate:0.0} runs/h eta {Format(eta)}{(r.Error.Length > 0 ? " error: " + r.Error : "")}"));
        }
    }

    /// <summary>h:mm:ss, days when needed.</summary>
    public static string Format(TimeSpan t) =>
        t.TotalDays >= 1 ? $"{(int)t.TotalDays}d{t.Hours:00}h{t.Minutes:00}m" : $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
