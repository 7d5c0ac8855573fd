using FFRepro.Model.Metrics;
using FFRepro.Model.Torch;
using FFRepro.Model.Trace;
using FFRepro.Model.Trace.Npz;
using FFRepro.Model.Training;
using FFRepro.Specs.Model.Data;
using FFRepro.Specs.Support;
using TorchSharp;
using Xunit;

namespace FFRepro.Specs.Model.Trace;

[Collection(TorchCollection.Name)]
public sealed class TraceSpecs
{
    // TinyData's 400 training images at the paper recipe's batch of 100: 4 steps per epoch.
    private static readonly TraceData Data = new(TinyData.Make(train: 400, test: 50), "/nowhere");
    private static readonly Dictionary<string, string> Env = new() { ["host"] = "spec" };

    private static TraceCase Case(int epochs = 2, int steps = 0) => new(2, 16, 5, epochs, steps, "tiny");

    [Fact]
    public void A_traced_run_ends_with_the_metrics_the_trainer_records_for_the_same_seed()
    {
        // The trace drives the trainer's own step, order and cool-down with a probe attached: the probe must change no
        // bit, and the loop must be the trainer's, so the epoch-end metrics are bit-identical to FFTrainer.Train's.
        TorchRuntime.EnsureLoaded();
        using var temp = new TempFolder();
        var c = Case(epochs: 3);
        var traced = TraceRun.Write(c, Data, Env, temp.File("t.npz"))!;
        var trained = FFTrainer.Train(new TrainRequest(c.Recipe, Data.Data, [c.Seed], torch.CPU))[0]
            .Curves.Last(m => m.Split == EvalSplit.Test);
        Assert.Equal(MetricValues.Flatten(new RunResult(c.Seed, RunStatus.Ok, 3, null, [trained], 0)),
                     MetricValues.Flatten(new RunResult(c.Seed, RunStatus.Ok, 3, null, [traced], 0)));
    }

    [Fact]
    public void A_trace_holds_one_row_per_step_and_one_column_per_layer_with_finite_values()
    {
        TorchRuntime.EnsureLoaded();
        using var temp = new TempFolder();
        TraceRun.Write(Case(), Data, Env, temp.File("t.npz"));
        var a = NpzFile.Read(temp.File("t.npz"));
        foreach (var name in new[] { "ff_loss", "peer_loss", "goodness_pos", "goodness_neg", "weight_norm", "bias_norm", "running_mean_norm" })
        {
            Assert.Equal([8L, 2L], a[name].Shape);
            Assert.All(a[name].Doubles(), v => Assert.True(double.IsFinite(v), name));
        }
        Assert.Equal([8L], a["classifier_loss"].Shape);
        // The classifier starts at zero, so its first loss is ln 10 for every sample.
        Assert.Equal(Math.Log(10), a["classifier_loss"].Doubles()[0], 5);
        Assert.Equal([16L, 784L], a["final.layer0.weight"].Shape);
        Assert.Equal([10L, 16L], a["final.classifier.weight"].Shape);
    }

    [Fact]
    public void An_export_holds_each_epoch_as_batches_of_distinct_samples_with_wrong_negative_labels()
    {
        TorchRuntime.EnsureLoaded();
        using var temp = new TempFolder();
        Assert.Equal(8, ReplayExport.Write(Case(), Data, Env, temp.File("r.npz")));
        var a = NpzFile.Read(temp.File("r.npz"));
        var order = a["order"].Longs();
        var negatives = a["negatives"].Longs();
        Assert.Equal([8L, 100L], a["order"].Shape);
        Assert.Equal([1L, 1, 1, 1, 2, 2, 2, 2], a["epoch"].Longs());
        for (var epoch = 0; epoch < 2; epoch++)
            Assert.Equal(400, order.Skip(epoch * 400).Take(400).Distinct().Count());
        for (var i = 0; i < order.Length; i++)
        {
            Assert.InRange(negatives[i], 0, 9);
            Assert.NotEqual(Data.Data.Train.Labels[order[i]], (byte)negatives[i]);
        }
        Assert.Equal([50L], a["eval_negatives"].Shape);
        Assert.Equal([16L, 784L], a["layer0.weight"].Shape);
        Assert.All(a["layer1.running_mean"].Floats(), v => Assert.Equal(0.5f, v));
        Assert.All(a["classifier.weight"].Floats(), v => Assert.Equal(0f, v));
    }

    [Fact]
    public void The_same_case_exports_the_same_bytes()
    {
        TorchRuntime.EnsureLoaded();
        using var temp = new TempFolder();
        ReplayExport.Write(Case(), Data, Env, temp.File("a.npz"));
        ReplayExport.Write(Case(), Data, Env, temp.File("b.npz"));
        Assert.Equal(File.ReadAllBytes(temp.File("a.npz")), File.ReadAllBytes(temp.File("b.npz")));
    }

    [Fact]
    public void A_run_cut_short_by_steps_has_no_epoch_end_metrics()
    {
        TorchRuntime.EnsureLoaded();
        using var temp = new TempFolder();
        Assert.Null(TraceRun.Write(Case(steps: 3), Data, Env, temp.File("t.npz")));
        Assert.Equal([3L, 2L], NpzFile.Read(temp.File("t.npz"))["ff_loss"].Shape);
    }

    [Fact]
    public void A_case_names_each_bad_field_as_its_option() =>
        Assert.Equal(["--shape", "--shape", "--epochs", "--steps"],
            new TraceCase(1, 0, 1, 0, -1, "mnist10k").Errors().Take(4).Select(e => e.Split(' ')[0].TrimEnd(':')));
}
