using FFRepro.Harness.Planning;
using FFRepro.Harness.Progress;
using FFRepro.Harness.Results;
using FFRepro.Model.Training;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Harness.Progress;

public sealed class PlainLogObserverSpecs
{
    private static readonly TrainingUnit Unit = Planner.Expand(Specs.Parse(Specs.Small), new FakeCatalog { Nestable = true }).Units[1];

    private static string[] Lines(Action<PlainLogObserver> act) => Lines((o, _) => act(o));

    private static string[] Lines(Action<PlainLogObserver, FakeTime> act)
    {
        using var output = new StringWriter();
        var time = new FakeTime();
        var observer = new PlainLogObserver(output, TextWriter.Null, time);
        observer.Started(48, 0, 48);
        observer.BatchStarted(Unit, 6);
        act(observer, time);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[2..];
    }

    [Fact]
    public void A_heartbeat_names_the_batch_epoch_accuracy_and_time_left_after_every_checkpoint()
    {
        var lines = Lines((o, time) =>
        {
            for (var e = 1; e <= 3; e++)
            {
                time.Advance(30);
                o.Epoch(Unit, new TrainProgress(e, 100, 3, 0.5 + e / 100.0, Checkpointed: true));
            }
        });
        Assert.Equal(3, lines.Length);
        Assert.Equal("batch 1 depth=1+2,width=8 epoch 3/100 acc=0.5300 checkpoint 30.0s/epoch eta batch 0:48:30 shard 6:38:30", lines[2]);
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

    [Fact]
    public void The_shard_time_left_says_estimating_until_it_is_measured()
    {
        var lines = Lines((o, time) =>
        {
            time.Advance(15);   // start-up before the first epoch
            o.Epoch(Unit, new TrainProgress(1, 100, 3, Checkpointed: true));
            time.Advance(10);
            o.Epoch(Unit, new TrainProgress(2, 100, 3, Checkpointed: true));
        });
        Assert.All(lines, l => Assert.EndsWith(" shard estimating", l, StringComparison.Ordinal));
    }

    [Fact]
    public void The_runs_of_one_finished_batch_share_one_rate_and_one_time_left()
    {
        var records = Enumerable.Range(1, 6).Select(i => new RunRecord { RunId = $"r{i}", Treatment = "t", Seed = i, Status = "ok", EpochsCompleted = 100 }).ToList();
        var lines = Lines((o, time) =>
        {
            for (var e = 1; e <= 100; e++)
            {
                time.Advance(e == 1 ? 15 : 3);
                o.Epoch(Unit, new TrainProgress(e, 100, 3));
            }
            o.BatchFinished(Unit, records, 312);
        })[^6..];
        Assert.Equal(6, lines.Select(l => l.Split(' ')[0]).Distinct().Count());
        // 6 runs in 312 s; 2376 s left once measured (8 epochs in), counted down with steady epochs to 2100 s.
        Assert.All(lines, l => Assert.EndsWith(" 69.2 runs/h eta 0:35:00", l, StringComparison.Ordinal));
    }
}
