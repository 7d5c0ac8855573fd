using System.Text.RegularExpressions;
using FFRepro.Harness.Planning;
using FFRepro.Harness.Progress;
using FFRepro.Harness.Running;
using FFRepro.Model.Training;
using FFRepro.Specs.Support;
using Spectre.Console;
using Xunit;

namespace FFRepro.Specs.Harness.Progress;

/// <summary>What the live progress display shows, rendered on an interactive console writing to a string.</summary>
public sealed partial class LiveProgressObserverSpecs
{
    private static readonly TrainingUnit Unit = Planner.Expand(Specs.Parse(Specs.Small), new FakeCatalog { Nestable = true }).Units[1];

    // The display's last frame (it is not cleared at the end), without ANSI control sequences.
    private static async Task<string> Render(Action<IRunObserver, FakeTime> act)
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
        });
        console.Profile.Width = 80;
        var time = new FakeTime();
        await LiveProgressObserver.RunAsync(console, o =>
        {
            act(o, time);
            return Task.FromResult(0);
        }, time);
        var text = Ansi().Replace(output.ToString(), "");
        Assert.Contains("batch 1: depth=1+2,width=8, 3 seed(s) 4..6, nested: 6 runs from one network\n", text, StringComparison.Ordinal);
        return text[text.LastIndexOf("runs ", StringComparison.Ordinal)..];
    }

    [GeneratedRegex("\u001b\\[[0-9;?]*[A-Za-z]")]
    private static partial Regex Ansi();

    [Fact]
    public async Task Before_the_first_epoch_the_batch_row_says_it_is_starting_not_epoch_0_of_0()
    {
        var frame = await Render((o, time) =>
        {
            o.Started(48, 0, 48);
            o.BatchStarted(Unit, 6);
            time.Advance(15);
        });
        Assert.Contains("batch 1 starting", frame, StringComparison.Ordinal);
        Assert.DoesNotContain("0/0", frame, StringComparison.Ordinal);
        Assert.Contains("elapsed 0:00:15", frame, StringComparison.Ordinal);
        Assert.Contains("left estimating", frame, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_time_columns_are_labelled_and_the_time_left_appears_once_measured()
    {
        var frame = await Render((o, time) =>
        {
            o.Started(48, 0, 48);
            o.BatchStarted(Unit, 6);
            for (var e = 1; e <= 3; e++)
            {
                time.Advance(e == 1 ? 15 : 20);
                o.Epoch(Unit, new TrainProgress(e, 4, 3));
            }
        });
        var rows = frame.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // The shard: origin at epoch 1 (t=15 s, 1/32 done), 40 s later 3/32 done: (29/32) * 40 / (2/32) = 580 s left;
        // the batch: (1/4) * 40 / (2/4) = 20 s.
        Assert.Matches(@"^runs 0/48 .* elapsed 0:00:55 +left 0:09:40", rows[0]);
        Assert.Matches(@"^batch 1 epoch 3/4 .* elapsed 0:00:55 +left 0:00:20", rows[1]);
        Assert.All(rows.Take(2), r => Assert.True(r.TrimEnd().Length <= 80, r));
    }
}
