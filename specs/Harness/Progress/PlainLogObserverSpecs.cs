using FFRepro.Harness.Planning;
using FFRepro.Harness.Progress;
using FFRepro.Model.Training;
using Xunit;

namespace FFRepro.Specs.Harness.Progress;

public sealed class PlainLogObserverSpecs
{
    private static readonly TrainingUnit Unit = Planner.Expand(Specs.Parse(Specs.Small), new FakeCatalog { Nestable = true }).Units[1];

    private static string[] Lines(Action<PlainLogObserver> act)
    {
        using var output = new StringWriter();
        var observer = new PlainLogObserver(output, TextWriter.Null);
        observer.Started(48, 0, 48);
        observer.BatchStarted(Unit, 6);
        act(observer);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[2..];
    }

    [Fact]
    public void A_heartbeat_names_the_batch_epoch_accuracy_and_time_left_after_every_checkpoint()
    {
        var lines = Lines(o =>
        {
            for (var e = 1; e <= 3; e++) o.Epoch(Unit, new TrainProgress(e, 100, 3, 0.5 + e / 100.0, Checkpointed: true));
        });
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^batch 1 depth=1\+2,width=8 epoch 3/100 acc=0\.5300 checkpoint [0-9.]+s/epoch eta batch [0-9]+:[0-9]{2}:[0-9]{2} shard [0-9]+:[0-9]{2}:[0-9]{2}$", lines[2]);
    }

    [Fact]
    public void Without_checkpoints_a_heartbeat_comes_every_tenth_of_the_epochs_and_at_the_end()
    {
        var lines = Lines(o =>
        {
            for (var e = 1; e <= 25; e++) o.Epoch(Unit, new TrainProgress(e, 25, 3));
        });
        Assert.Equal(["2", "4", "6", "8", "10", "12", "14", "16", "18", "20", "22", "24", "25"],
            lines.Select(l => l.Split(' ')[4].Split('/')[0]));
        Assert.All(lines, l => Assert.Contains(" acc=n/a ", l));
    }

    [Fact]
    public void A_resumed_batch_says_from_which_epoch()
    {
        var lines = Lines(o => o.Resumed(Unit, 37));
        Assert.Equal(["batch 1: resumed from its checkpoint after epoch 37"], lines);
    }
}
