using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace FFRepro.Model.Training;

/// <summary>
/// S independent FF networks (one per seed) stored as batched parameters: layer l has weights [S, in, out]
/// and biases [S, 1, out], so one batched matrix product runs every seed's layer at once. Seed s's parameters
/// are drawn from its own generator exactly as a one-seed network would draw them, layer after layer, so the first
/// L layers of a deeper network are those of a depth-L one. One linear classifier per run depth
/// (<see cref="DepthClassifiers"/>; a single one, for the recipe's depth, unless trained nested).
/// </summary>
internal sealed class BatchedNetwork : IDisposable
{
    private readonly Recipe _recipe;

    /// <summary>Layer l's weights [S, in, out] (views of <see cref="Layers"/>).</summary>
    public Tensor[] Weights { get; }

    /// <summary>Layer l's biases [S, 1, out] (views of <see cref="Layers"/>).</summary>
    public Tensor[] Biases { get; }

    /// <summary>Every layer's weights and bias in one flat buffer, block l = layer l.</summary>
    public FlatParameters Layers { get; }

    /// <summary>One zero-initialized classifier per run depth, or null when the recipe has none.</summary>
    public DepthClassifiers? Classifiers { get; }

    /// <summary>The weights [S, features, 10] of the classifier of the recipe's depth (the deepest run depth), or null
    /// when the recipe has none.</summary>
    public Tensor? Classifier => Classifiers?.Weights(Classifiers.Depths.Count - 1);

    /// <summary>The run depths, ascending; the deepest is the recipe's.</summary>
    public IReadOnlyList<int> Depths { get; }

    /// <summary>Peer-normalization running mean of each unit's activity, per layer [S, width].</summary>
    public Tensor[] RunningMeans { get; }

    public int Seeds { get; }

    /// <param name="recipe">The recipe; its depth is the depth of the network.</param>
    /// <param name="inputFeatures">Pixels per image.</param>
    /// <param name="seeds">One network per seed.</param>
    /// <param name="device">Where the parameters live.</param>
    /// <param name="depths">Run depths with a classifier each (null: the recipe's depth); see <see cref="NestedDepths"/>.</param>
    public BatchedNetwork(Recipe recipe, int inputFeatures, IReadOnlyList<long> seeds, Device device, IReadOnlyList<int>? depths = null)
    {
        _recipe = recipe;
        Seeds = seeds.Count;
        Depths = depths ?? [recipe.Depth];
        RunningMeans = new Tensor[recipe.Depth];
        var generators = seeds.Select(s => new Generator(SeedStreams.Derive(s, SeedStreams.Init))).ToArray();
        var initial = new Tensor[recipe.Depth][];
        for (var l = 0; l < recipe.Depth; l++)
        {
            var inF = l == 0 ? inputFeatures : recipe.Width;
            var w = new Tensor[Seeds];
            var b = new Tensor[Seeds];
            for (var s = 0; s < Seeds; s++) (w[s], b[s]) = InitLayer(inF, recipe.Width, generators[s]);
            initial[l] = [stack(w), stack(b).unsqueeze(1)];
            foreach (var t in w.Concat(b)) t.Dispose();
            RunningMeans[l] = ScalarOps.Filled([Seeds, recipe.Width], 0.5f, device).DetachFromDisposeScope();
        }
        foreach (var g in generators) g.Dispose();
        Layers = new FlatParameters(initial, device);
        foreach (var t in initial.SelectMany(t => t)) t.Dispose();
        Weights = Layers.Blocks.Select(b => b[0]).ToArray();
        Biases = Layers.Blocks.Select(b => b[1]).ToArray();
        if (recipe.Classifier) Classifiers = new DepthClassifiers(recipe.Width, Depths, Seeds, device);
    }

    private (Tensor W, Tensor B) InitLayer(int inF, int outF, Generator g)
    {
        if (_recipe.Init == InitKind.Normal)
        {
            // loeweX: nn.init.normal_(weight, 0, 1/sqrt(weight.shape[0])) where weight is [out, in]; bias 0.
            var w = randn([outF, inF], generator: g).MultiplyInPlace(1.0 / Math.Sqrt(outF)).t();
            return (w, zeros(outF));
        }

        // torch.nn.Linear default: kaiming_uniform(a=sqrt(5)) gives U(-1/sqrt(in), 1/sqrt(in)) for weight and bias.
        var bound = 1.0 / Math.Sqrt(inF);
        var wu = rand([outF, inF], generator: g).MultiplyInPlace(2 * bound).SubtractInPlace(bound).t();
        var bu = rand([outF], generator: g).MultiplyInPlace(2 * bound).SubtractInPlace(bound);
        return (wu, bu);
    }

    /// <summary>Pre-activation of layer <paramref name="layer"/>: input [S, N, in] (or [1, N, in], broadcast over seeds)
    /// times its weights plus its bias, [S, N, out].</summary>
    public Tensor Affine(int layer, Tensor input) => matmul(input, Weights[layer]).Plus(Biases[layer]);

    /// <summary>
    /// Each classifier's input for neutral-label samples <paramref name="neutral"/> ([S or 1, N, F]): the RMS/L2-normalized
    /// activations of layers 2..L (layer 1 when L = 1) of its depth L, concatenated, [S, N, features]; one per run depth.
    /// Plain ReLU (no gradient is taken).
    /// </summary>
    public Tensor[] ClassifierFeatures(Tensor neutral)
    {
        var z = FFMath.Normalize(neutral, _recipe.Norm);
        var normalized = new Tensor[_recipe.Depth];
        for (var l = 0; l < _recipe.Depth; l++)
            normalized[l] = z = FFMath.Normalize(FFMath.Relu(Affine(l, z), false), _recipe.Norm);
        return Classifiers!.Inputs(normalized);
    }

    /// <summary>Every trainable tensor of layer <paramref name="layer"/> (0-based).</summary>
    public IEnumerable<Tensor> LayerParameters(int layer) => [Weights[layer], Biases[layer]];

    /// <summary>Replaces a running mean, disposing the old one.</summary>
    public void SetRunningMean(int layer, Tensor value)
    {
        var old = RunningMeans[layer];
        RunningMeans[layer] = value.detach().DetachFromDisposeScope();
        old.Dispose();
    }

    public void Dispose()
    {
        foreach (var t in RunningMeans) t.Dispose();
        Layers.Dispose();
        Classifiers?.Dispose();
    }
}
