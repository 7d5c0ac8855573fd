using Spectre.Console;
using Spectre.Console.Rendering;

namespace FFRepro.Harness.Progress;

/// <summary>A progress column showing a labelled duration, e.g. <c>elapsed 0:01:23</c> or <c>left 0:08:50</c>, and
/// <paramref name="unknown"/> after the label where there is none (yet).</summary>
/// <param name="label">What the time is.</param>
/// <param name="time">The time of a task, or null.</param>
/// <param name="unknown">Shown instead of a time when there is none.</param>
public sealed class LabelledTimeColumn(string label, Func<ProgressTask, TimeSpan?> time, string unknown = "-") : ProgressColumn
{
    /// <inheritdoc />
    protected override bool NoWrap => true;

    /// <inheritdoc />
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text($"{label} {(time(task) is { } t ? PlainLogObserver.Format(t) : unknown)}", new Style(Color.Blue));
}
