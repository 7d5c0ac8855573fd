using static TorchSharp.torch;

namespace FFRepro.Model.Training;

/// <summary>
/// The linear classifiers of one batched network, one per run depth. The classifier of depth L reads the normalized
/// neutral-label activations of layers 2..L (layer 1 when L = 1), exactly as the single classifier of a depth-L network
/// does; layers deeper than L do not reach it. Each is zero-initialized (loeweX) and is its own optimizer group, so a
/// network of depth D with classifiers for depths {L1, ..., D} updates each one exactly as a separate depth-L network
/// would (nested training, <see cref="NestedDepths"/>).
/// </summary>
internal sealed class DepthClassifiers : IDisposable
{
    /// <summary>The run depths, ascending; classifier k belongs to depth <c>Depths[k]</c>.</summary>
    public IReadOnlyList<int> Depths { get; }

    /// <summary>Classifier k's weights [S, features(Depths[k]), 10] as a one-block flat buffer.</summary>
    public IReadOnlyList<FlatParameters> Parameters { get; }

    /// <param name="width">Units per hidden layer.</param>
    /// <param name="depths">Run depths, ascending and distinct.</param>
    /// <param name="seeds">Seeds trained side by side (S).</param>
    /// <param name="device">Where the weights live.</param>
    public DepthClassifiers(int width, IReadOnlyList<int> depths, int seeds, Device device)
    {
        Depths = depths;
        Parameters = depths.Select(d =>
        {
            using var zero = zeros(seeds, Features(width, d), 10);
            return new FlatParameters([[zero]], device);
        }).ToArray();
    }

    /// <summary>Classifier k's weights [S, features, 10].</summary>
    public Tensor Weights(int k) => Parameters[k].Blocks[0][0];

    /// <summary>Width of the input of depth <paramref name="depth"/>'s classifier: the activations of layers 2..L (layer 1 when L = 1).</summary>
    public static int Features(int width, int depth) => width * Math.Max(1, depth - 1);

    /// <summary>Whether layer <paramref name="layer"/> (0-based) feeds the classifier of a depth-<paramref name="depth"/> network.</summary>
    public static bool Feeds(int depth, int layer) => depth == 1 || layer >= 1;

    /// <summary>
    /// Each classifier's input, [S or 1, N, features], from the normalized activations of every layer
    /// (<paramref name="normalized"/>[l] for layer l, at least as many layers as the deepest classifier reads).
    /// Concatenated per depth, so each is the very tensor a network of that depth builds.
    /// </summary>
    public Tensor[] Inputs(IReadOnlyList<Tensor> normalized) =>
        Depths.Select(d => cat(Enumerable.Range(0, d).Where(l => Feeds(d, l)).Select(l => normalized[l]).ToArray(), -1)).ToArray();

    public void Dispose()
    {
        foreach (var p in Parameters) p.Dispose();
    }
}
