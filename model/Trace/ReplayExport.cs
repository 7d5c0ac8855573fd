using System.Text.Json.Nodes;
using FFRepro.Model.Trace.Npz;
using static TorchSharp.torch;

namespace FFRepro.Model.Trace;

/// <summary>
/// <c>ffrepro trace export</c>: everything another implementation needs to replay a traced run, as an .npz file
/// (format <c>ffrepro-replay/1</c>, see tools/pytorch/README.md): the initial parameters and peer-normalization means,
/// each step's batch (sample indices into the training split) and negative labels, the epoch of each step, and the
/// evaluation's fixed negative labels. Drawn exactly as the trainer draws them, without training.
/// </summary>
public static class ReplayExport
{
    /// <summary>The file's format name.</summary>
    public const string Format = "ffrepro-replay/1";

    /// <summary>Writes the replay of <paramref name="c"/> to <paramref name="path"/>; returns the number of steps it holds.</summary>
    public static int Write(TraceCase c, TraceData data, IReadOnlyDictionary<string, string> environment, string path)
    {
        using var session = new TraceSession(c, data.Data);
        var arrays = TraceArrays.Parameters(session.Net);
        var batch = session.Order.BatchSize;
        var order = new long[(long)session.Steps * batch];
        var negatives = new long[order.Length];
        var epochOf = new long[session.Steps];
        for (var t = 0; t < session.Steps; t++)
        {
            var (epoch, b) = (t / session.StepsPerEpoch + 1, t % session.StepsPerEpoch);
            if (b == 0) session.Order.Shuffle();
            using var scope = NewDisposeScope();
            session.Order.Indices(b)[0].data<long>().CopyTo(order, t * batch);
            session.Order.Batch(b).Negative[0].data<long>().CopyTo(negatives, t * batch);
            epochOf[t] = epoch;
        }
        arrays.Add(NpyArray.Of("order", order, session.Steps, batch));
        arrays.Add(NpyArray.Of("negatives", negatives, session.Steps, batch));
        arrays.Add(NpyArray.Of("epoch", epochOf, session.Steps));
        arrays.Add(NpyArray.Of("eval_negatives", session.Evaluator.Negatives[0].data<long>().ToArray(), session.Test.Count));
        arrays.Add(TraceArrays.Meta(new JsonObject
        {
            ["format"] = Format,
            ["recipe"] = TraceArrays.RecipeNode(session.Recipe),
            ["seed"] = c.Seed,
            ["dataset"] = data.Data.Name,
            ["data_folder"] = data.Folder,
            ["data_source"] = data.Data.Source,
            ["steps"] = session.Steps,
            ["steps_per_epoch"] = session.StepsPerEpoch,
            ["evaluate"] = session.Complete,
            ["environment"] = TraceArrays.Environment(environment),
        }));
        NpzFile.Write(path, arrays);
        return session.Steps;
    }
}
