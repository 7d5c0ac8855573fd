using System.Diagnostics;
using System.Globalization;
using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;
using FFRepro.Harness.Running;
using FFRepro.Model.Training;
using FFRepro.Stats.Data;
using Spectre.Console;

namespace FFRepro.Harness.Progress;

/// <summary>A live progress bar on a terminal: runs done, current cell and epoch, throughput and ETA. The bar
/// advances by fractions of a batch per epoch so the ETA moves smoothly during long batches.</summary>
public sealed class LiveProgressObserver(ProgressTask task, ProgressTask current, IAnsiConsole console) : IRunObserver
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _done;
    private int _toRun;
    private int _batchRuns;
    private string _cell = "";
    private int _epoch;
    private int _epochs;

    /// <summary>Runs <paramref name="work"/> under a progress display on <paramref name="console"/>.</summary>
    public static Task<T> RunAsync<T>(IAnsiConsole console, Func<IRunObserver, Task<T>> work) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(ctx => work(new LiveProgressObserver(ctx.AddTask("runs", maxValue: 1), ctx.AddTask("batch", maxValue: 1), console)));

    /// <inheritdoc />
    public void Started(int planned, int complete, int toRun)
    {
        _toRun = toRun;
        task.MaxValue = Math.Max(1, toRun);
        console.MarkupLineInterpolated($"planned {planned}, already complete {complete}, to run {toRun}");
        Describe(0, 0);
    }

    /// <inheritdoc />
    public void Problem(string message) => console.MarkupLineInterpolated($"[yellow]warning:[/] {message}");

    /// <inheritdoc />
    public void BatchStarted(TrainingUnit unit, int runs)
    {
        _batchRuns = runs;
        _cell = $"{unit.Label} s{unit.Deepest.Runs[0].Seed}-{unit.Deepest.Runs[^1].Seed}";
        current.Value = 0;
        Describe(0, 0);
    }

    /// <inheritdoc />
    public void Resumed(TrainingUnit unit, int epoch) =>
        console.MarkupLineInterpolated($"{unit.Label}: resumed from its checkpoint after epoch {epoch}");

    /// <inheritdoc />
    public void Epoch(TrainingUnit unit, TrainProgress progress)
    {
        var (epoch, epochs) = (progress.Epoch, progress.Epochs);
        task.Value = _done + _batchRuns * (double)epoch / Math.Max(1, epochs);
        (_epoch, _epochs) = (epoch, epochs);
        current.MaxValue = Math.Max(1, epochs);
        current.Value = epoch;
        Describe(epoch, epochs);
    }

    /// <inheritdoc />
    public void BatchFinished(TrainingUnit unit, IReadOnlyList<RunRecord> written, double seconds)
    {
        _done += written.Count;
        task.Value = _done;
        Describe(_epoch, _epochs);
        foreach (var r in written.Where(r => r.Status != RunStatus.Ok))
            console.MarkupLineInterpolated($"[red]{r.RunId} {r.Treatment} seed={r.Seed} {r.Status}[/] {r.Error}");
    }

    // Two short rows fit an 80-column terminal: the grid (runs, throughput) and the current batch (cell, epoch).
    private void Describe(int epoch, int epochs)
    {
        var rate = task.Value / Math.Max(1e-9, _clock.Elapsed.TotalHours);
        task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"runs {_done}/{_toRun} {rate:0} runs/h"));
        current.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{_cell} epoch {epoch}/{epochs}"));
    }
}
