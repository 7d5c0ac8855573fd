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
/// a days-long grid can be grepped. The shard's time left is an <see cref="EtaEstimator"/> fed the fraction of the
/// shard done at every epoch, the batch's one fed the fraction of its epochs done ("estimating" until they have one).
/// Times come from <paramref name="time"/> (the system clock by default).
/// </summary>
public sealed class PlainLogObserver(TextWriter output, TextWriter errors, TimeProvider? time = null) : IRunObserver
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly EtaEstimator _shardLeft = new();
    private EtaEstimator _batchLeft = new();
    private long _start;
    private long _unitStart;
    private int _toRun;
    private int _written;
    private int _unitRuns;
    private int _firstEpoch;   // epochs the current unit had when this process started training it (resumed)

    /// <inheritdoc />
    public void Started(int planned, int complete, int toRun)
    {
        _toRun = toRun;
        _start = _unitStart = _time.GetTimestamp();
        output.WriteLine(Invariant($"planned {planned}, already complete {complete}, to run {toRun}"));
    }

    /// <inheritdoc />
    public void Problem(string message) => errors.WriteLine("warning: " + message);

    /// <inheritdoc />
    public void BatchStarted(TrainingUnit unit, int runs)
    {
        _unitRuns = runs;
        _firstEpoch = 0;
        _unitStart = _time.GetTimestamp();
        _batchLeft = new EtaEstimator();
        var seeds = unit.Deepest.Runs;
        output.WriteLine(Invariant($"batch {unit.Index}: {unit.Label}, {seeds.Count} seed(s) {seeds[0].Seed}..{seeds[^1].Seed}{(unit.Nested ? $", nested: {runs} runs from one network" : "")}"));
    }

    /// <inheritdoc />
    public void Resumed(TrainingUnit unit, int epoch)
    {
        _firstEpoch = epoch;
        _unitStart = _time.GetTimestamp();
        output.WriteLine(Invariant($"batch {unit.Index}: resumed from its checkpoint after epoch {epoch}"));
    }

    /// <inheritdoc />
    public void Epoch(TrainingUnit unit, TrainProgress progress)
    {
        // Every epoch feeds the estimates; only some are printed.
        var batchDone = progress.Epoch / (double)Math.Max(1, progress.Epochs);
        _shardLeft.Report(Seconds, (_written + _unitRuns * batchDone) / Math.Max(1, _toRun));
        _batchLeft.Report(Seconds, batchDone);
        var every = Math.Max(1, progress.Epochs / 10);
        if (!progress.Checkpointed && progress.Epoch % every != 0 && progress.Epoch != progress.Epochs) return;
        // Time per epoch of this unit in this process.
        var perEpoch = _time.GetElapsedTime(_unitStart).TotalSeconds / Math.Max(1, progress.Epoch - _firstEpoch);
        var acc = progress.Accuracy is { } a ? Invariant($"{a:0.0000}") : "n/a";
        output.WriteLine(Invariant(
            $"batch {unit.Index} {unit.Label} epoch {progress.Epoch}/{progress.Epochs} acc={acc}{(progress.Checkpointed ? " checkpoint" : "")} {perEpoch:0.0}s/epoch eta batch {Left(_batchLeft)} shard {Left(_shardLeft)}"));
    }

    /// <inheritdoc />
    public void BatchFinished(TrainingUnit unit, IReadOnlyList<RunRecord> written, double seconds)
    {
        // The batch's runs finished together: one rate and one time left for all of their lines.
        var first = _written;
        _written += written.Count;
        _shardLeft.Report(Seconds, _written / (double)Math.Max(1, _toRun));
        var rate = _written / Math.Max(1e-9, Seconds / 3600);
        var eta = Left(_shardLeft);
        foreach (var r in written)
        {
            var acc = r.FinalClassifierAccuracy is { } a && double.IsFinite(a) ? a : r.FinalGoodnessAccuracy;
            output.WriteLine(Invariant(
                $"[{++first}/{_toRun}] {r.RunId} {r.Treatment} seed={r.Seed} {r.Status} epochs={r.EpochsCompleted} acc={acc:0.0000} {r.WallSeconds:0.0}s {rate:0.0} runs/h eta {eta}{(r.Error.Length > 0 ? " error: " + r.Error : "")}"));
        }
    }

    private double Seconds => _time.GetElapsedTime(_start).TotalSeconds;

    private static string Left(EtaEstimator estimate) => estimate.Left is { } s ? Format(TimeSpan.FromSeconds(s)) : "estimating";

    /// <summary>h:mm:ss, days when needed.</summary>
    public static string Format(TimeSpan t) =>
        t.TotalDays >= 1 ? $"{(int)t.TotalDays}d{t.Hours:00}h{t.Minutes:00}m" : $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
