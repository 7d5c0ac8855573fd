using System.Text.Json;
using System.Text.Json.Nodes;
using FFRepro.Model.Recipes;
using FFRepro.Model.Trace.Npz;
using FFRepro.Model.Training;
using static TorchSharp.torch;

namespace FFRepro.Model.Trace;

/// <summary>The arrays replay and trace files share: parameters in torch.nn.Linear's layout and the JSON metadata.</summary>
internal static class TraceArrays
{
    /// <summary>Key of the UTF-8 JSON metadata (a uint8 array).</summary>
    public const string MetaKey = "meta.json";

    /// <summary>
    /// The network's state (seed 0 of the batch) under <paramref name="prefix"/>: <c>layer{l}.weight</c> [out, in],
    /// <c>layer{l}.bias</c> [out], <c>layer{l}.running_mean</c> [out] (peer normalization) and <c>classifier.weight</c>
    /// [10, features], all float32.
    /// </summary>
    public static List<NpyArray> Parameters(BatchedNetwork net, string prefix = "")
    {
        using var scope = NewDisposeScope();
        var arrays = new List<NpyArray>();
        for (var l = 0; l < net.Weights.Length; l++)
        {
            var w = net.Weights[l][0].detach().t();   // stored [in, out] for batched products; nn.Linear holds [out, in]
            arrays.Add(NpyArray.Of($"{prefix}layer{l}.weight", Floats(w), w.shape));
            arrays.Add(NpyArray.Of($"{prefix}layer{l}.bias", Floats(net.Biases[l][0][0]), net.Biases[l].shape[^1]));
            arrays.Add(NpyArray.Of($"{prefix}layer{l}.running_mean", Floats(net.RunningMeans[l][0]), net.RunningMeans[l].shape[^1]));
        }
        var c = net.Classifier!.detach()[0].t();
        arrays.Add(NpyArray.Of($"{prefix}classifier.weight", Floats(c), c.shape));
        return arrays;
    }

    /// <summary>The metadata entry: <paramref name="meta"/> as UTF-8 JSON.</summary>
    public static NpyArray Meta(JsonObject meta) => NpyArray.Of(MetaKey, JsonSerializer.SerializeToUtf8Bytes(meta));

    /// <summary>The recipe as a JSON object with FFRepro's field names (snake_case).</summary>
    public static JsonNode RecipeNode(Recipe recipe) => JsonNode.Parse(RecipeJson.Canonical(recipe))!;

    /// <summary>Provenance as a JSON object.</summary>
    public static JsonObject Environment(IReadOnlyDictionary<string, string> environment) =>
        new(environment.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value))));

    private static float[] Floats(Tensor t) => t.contiguous().data<float>().ToArray();
}
