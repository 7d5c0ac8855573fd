using System.Diagnostics;
using System.Globalization;
using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;
using FFRepro.Harness.Running;

namespace FFRepro.Harness.Progress;

/// <summary>One line per finished run, for logs and CI (output that is not a terminal). Lines are complete and
/// self-describing so that a log of a days-long grid can be grepped.</summary>
public sealed class PlainLogObserver(TextWriter output, TextWriter errors) : IRunObserver
{
    private readonly Stopwatch _clock = new();
    private int _toRun;
    private int _written;

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
    public void BatchStarted(RunBatch batch, int runs) =>
        output.WriteLine(Invariant($"batch {batch.Index}: {batch.Cell.Label}, {runs} seed(s) {batch.Runs[0].Seed}..{batch.Runs[^1].Seed}"));

    /// <inheritdoc />
    public void Epoch(RunBatch batch, int epoch, int epochs) { }

    /// <inheritdoc />
    public void BatchFinished(RunBatch batch, IReadOnlyList<RunRecord> written, double seconds)
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
