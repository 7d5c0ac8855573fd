using System.Text.Json.Nodes;
using FFRepro.Model.Metrics;
using FFRepro.Model.Trace.Npz;
using FFRepro.Model.Training;
using static TorchSharp.torch;

namespace FFRepro.Model.Trace;

/// <summary>
/// <c>ffrepro trace run</c>: trains a <see cref="TraceCase"/> with the trainer's own step, epoch order and cool-down,
/// recording every step (<see cref="TraceRecorder"/>), and writes the trace as an .npz file (format
/// <c>ffrepro-trace/1</c>, see tools/pytorch/README.md) with the final parameters and, when the run is complete,
/// the epoch-end test metrics of the trainer's evaluator.
/// </summary>
public static class TraceRun
{
    /// <summary>The file's format name.</summary>
    public const string Format = "ffrepro-trace/1";

    /// <summary>Trains and writes the trace; returns the epoch-end metrics (null when the run was cut short by <see cref="TraceCase.Steps"/>).</summary>
    public static PointMetrics? Write(TraceCase c, TraceData data, IReadOnlyDictionary<string, string> environment, string path)
    {
        using var session = new TraceSession(c, data.Data);
        var recorder = new TraceRecorder(session.Steps, c.Depth);
        session.Step.Probe = recorder;
        using var loss = zeros(1);
        var last = c.Depth - 1;
        for (var t = 0; t < session.Steps; t++)
        {
            var (epoch, b) = (t / session.StepsPerEpoch + 1, t % session.StepsPerEpoch);
            if (b == 0) session.Order.Shuffle();
            using var scope = NewDisposeScope();
            var (x, pos, neg) = session.Order.Batch(b);
            recorder.Step = t;
            session.Step.Run(x, pos, neg, 0, last, FFTrainer.CooldownScale(session.Recipe, epoch), loss);
            recorder.AfterStep(session.Net);
        }
        var metrics = session.Complete ? session.Evaluator.EvaluateAll(session.Net, session.Steps)[0] : null;
        var arrays = recorder.Arrays().Concat(TraceArrays.Parameters(session.Net, "final.")).ToList();
        arrays.Add(TraceArrays.Meta(new JsonObject
        {
            ["format"] = Format,
            ["implementation"] = "ffrepro",
            ["dtype"] = "float32",
            ["recipe"] = TraceArrays.RecipeNode(session.Recipe),
            ["seed"] = c.Seed,
            ["dataset"] = data.Data.Name,
            ["steps"] = session.Steps,
            ["depth"] = c.Depth,
            ["width"] = c.Width,
            ["eval"] = metrics is null ? null : Flatten(metrics),
            ["environment"] = TraceArrays.Environment(environment),
        }));
        NpzFile.Write(path, arrays);
        return metrics;
    }

    /// <summary>The metrics under the names the PyTorch peer uses: <c>{metric}_{layer}</c> (layer 1 = the first, as in the curves) and model metrics.</summary>
    public static JsonObject Flatten(PointMetrics m)
    {
        var o = new JsonObject();
        for (var l = 0; l < m.Layers.Count; l++)
        {
            var layer = m.Layers[l];
            o[$"layer_ff_accuracy_{l + 1}"] = layer.FfAccuracy;
            o[$"layer_goodness_accuracy_{l + 1}"] = layer.GoodnessAccuracy;
            o[$"goodness_pos_{l + 1}"] = layer.GoodnessPos;
            o[$"goodness_neg_{l + 1}"] = layer.GoodnessNeg;
            o[$"layer_loss_{l + 1}"] = layer.Loss;
        }
        o["model_classifier_accuracy"] = m.Model.ClassifierAccuracy;
        o["model_goodness_accuracy"] = m.Model.GoodnessAccuracy;
        o["model_goodness_accuracy_deep"] = m.Model.GoodnessAccuracyDeep;
        o["classifier_loss"] = m.Model.ClassifierLoss;
        return o;
    }
}
