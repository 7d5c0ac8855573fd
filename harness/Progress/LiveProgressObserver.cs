using System.Globalization;
using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;
using FFRepro.Harness.Running;
using FFRepro.Model.Training;
using FFRepro.Stats.Data;
using Spectre.Console;

namespace FFRepro.Harness.Progress;

/// <summary>A live progress display on a terminal, two rows: the shard (runs done, throughput) and the batch in
/// training (its epoch), each with its time elapsed and its time left (<see cref="EtaEstimator"/>: shown once
/// measured, then without jumps). Each batch's cell and seeds are printed as a line above the display when it starts,
/// so that the rows fit an 80-column terminal. The shard's bar advances by fractions of a batch per epoch, so its
/// estimate moves during long batches. Before a batch reports its first epoch its row says that it is starting, not a
/// fake epoch 0/0.</summary>
public sealed class LiveProgressObserver : IRunObserver
{
    private readonly ProgressTask _task;
    private readonly ProgressTask _current;
    private readonly IAnsiConsole _console;
    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly EtaEstimator _runsLeft = new();
    private EtaEstimator _batchLeft = new();
    private long? _batchStart;
    private int _done;
    private int _toRun;
    private int _batchRuns;
    private int _batch;

    private LiveProgressObserver(ProgressTask task, ProgressTask current, IAnsiConsole console, TimeProvider time)
    {
        (_task, _current, _console, _time) = (task, current, console, time);
        _start = time.GetTimestamp();
    }

    /// <summary>Runs <paramref name="work"/> under a progress display on <paramref name="console"/>; times come from
    /// <paramref name="time"/> (the system clock by default).</summary>
    public static Task<T> RunAsync<T>(IAnsiConsole console, Func<IRunObserver, Task<T>> work, TimeProvider? time = null)
    {
        LiveProgressObserver? observer = null;
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn { Width = 15 }, new PercentageColumn(),
                new LabelledTimeColumn("elapsed", t => observer?.Elapsed(t)),
                new LabelledTimeColumn("left", t => observer?.Left(t), "estimating"),
                new SpinnerColumn())
            .StartAsync(ctx =>
            {
                observer = Create(ctx.AddTask("runs", maxValue: 1), ctx.AddTask("batch", maxValue: 1), console, time);
                return work(observer);
            });
    }

    /// <summary>An observer updating <paramref name="task"/> (the shard) and <paramref name="current"/> (the batch).</summary>
    public static LiveProgressObserver Create(ProgressTask task, ProgressTask current, IAnsiConsole console, TimeProvider? time = null) =>
        new(task, current, console, time ?? TimeProvider.System);

    /// <summary>Time since the shard (for its task) or the batch in training (for the batch's task) started; null
    /// before a batch has started.</summary>
    public TimeSpan? Elapsed(ProgressTask task) =>
        ReferenceEquals(task, _current) ? (_batchStart is { } b ? _time.GetElapsedTime(b) : null) : _time.GetElapsedTime(_start);

    /// <summary>Estimated time left of the shard or of the batch in training, counted down to now; null while there is
    /// no estimate.</summary>
    public TimeSpan? Left(ProgressTask task) =>
        (ReferenceEquals(task, _current) ? _batchLeft : _runsLeft).LeftAt(Now) is { } s ? TimeSpan.FromSeconds(s) : null;

    private double Now => _time.GetElapsedTime(_start).TotalSeconds;

    /// <inheritdoc />
    public void Started(int planned, int complete, int toRun)
    {
        _toRun = toRun;
        _task.MaxValue = Math.Max(1, toRun);
        _console.MarkupLineInterpolated($"planned {planned}, already complete {complete}, to run {toRun}");
        DescribeRuns();
        _current.Description = "preparing the first batch";
    }

    /// <inheritdoc />
    public void Problem(string message) => _console.MarkupLineInterpolated($"[yellow]warning:[/] {message}");

    /// <inheritdoc />
    public void BatchStarted(TrainingUnit unit, int runs)
    {
        _batchRuns = runs;
        _batch = unit.Index;
        var seeds = unit.Deepest.Runs;
        _console.MarkupLineInterpolated(
            $"batch {unit.Index}: {unit.Label}, {seeds.Count} seed(s) {seeds[0].Seed}..{seeds[^1].Seed}{(unit.Nested ? $", nested: {runs} runs from one network" : "")}");
        _batchLeft = new EtaEstimator();
        _batchStart = _time.GetTimestamp();
        _current.Value = 0;
        _current.MaxValue = Math.Max(1, seeds[0].Resolved.Epochs);
        // Loading data and building the network come before the first epoch's report: say so.
        _current.Description = Escape($"batch {_batch} starting");
    }

    /// <inheritdoc />
    public void Resumed(TrainingUnit unit, int epoch)
    {
        _console.MarkupLineInterpolated($"{unit.Label}: resumed from its checkpoint after epoch {epoch}");
        _current.Value = epoch;
        _current.Description = Escape($"batch {_batch} resumed at epoch {epoch}/{unit.Deepest.Runs[0].Resolved.Epochs}");
    }

    /// <inheritdoc />
    public void Epoch(TrainingUnit unit, TrainProgress progress)
    {
        var (epoch, epochs) = (progress.Epoch, progress.Epochs);
        _task.Value = _done + _batchRuns * (double)epoch / Math.Max(1, epochs);
        _current.MaxValue = Math.Max(1, epochs);
        _current.Value = epoch;
        var now = Now;
        _runsLeft.Report(now, _task.Value / _task.MaxValue);
        _batchLeft.Report(now, (double)epoch / Math.Max(1, epochs));
        DescribeRuns();
        _current.Description = Escape($"batch {_batch} epoch {epoch}/{epochs}");
    }

    /// <inheritdoc />
    public void BatchFinished(TrainingUnit unit, IReadOnlyList<RunRecord> written, double seconds)
    {
        _done += written.Count;
        _task.Value = _done;
        _runsLeft.Report(Now, _task.Value / _task.MaxValue);
        DescribeRuns();
        foreach (var r in written.Where(r => r.Status != RunStatus.Ok))
            _console.MarkupLineInterpolated($"[red]{r.RunId} {r.Treatment} seed={r.Seed} {r.Status}[/] {r.Error}");
    }

    // Short descriptions: with the bar, the percentage and both times a row fits an 80-column terminal.
    private void DescribeRuns()
    {
        var rate = _task.Value / Math.Max(1e-9, Now / 3600);
        _task.Description = Escape($"runs {_done}/{_toRun} {rate:0} runs/h");
    }

    private static string Escape(FormattableString text) => Markup.Escape(text.ToString(CultureInfo.InvariantCulture));
}
