using FFRepro.Model.Recipes;
using TorchSharp;
using static TorchSharp.torch;

namespace FFRepro.Model.Training;

/// <summary>
/// S independent FF networks (one per seed) stored as batched parameters: layer l has weights [S, in, out]
/// and biases [S, 1, out], so one batched matrix product runs every seed's layer at once. Seed s's parameters
/// are drawn from its own generator exactly as a one-seed network would draw them.
/// </summary>
internal sealed class BatchedNetwork : IDisposable
{
    private readonly Recipe _recipe;

    public Tensor[] Weights { get; }
    public Tensor[] Biases { get; }

    /// <summary>Classifier weights [S, features, 10], zero-initialized (loeweX), or null when the recipe has none.</summary>
    public Tensor? Classifier { get; }

    /// <summary>Peer-normalization running mean of each unit's activity, per layer [S, width].</summary>
    public Tensor[] RunningMeans { get; }

    public int Seeds { get; }

    public BatchedNetwork(Recipe recipe, int inputFeatures, IReadOnlyList<long> seeds, Device device)
    {
        _recipe = recipe;
        Seeds = seeds.Count;
        Weights = new Tensor[recipe.Depth];
        Biases = new Tensor[recipe.Depth];
        RunningMeans = new Tensor[recipe.Depth];
        var generators = seeds.Select(s => new Generator(SeedStreams.Derive(s, SeedStreams.Init))).ToArray();
        for (var l = 0; l < recipe.Depth; l++)
        {
            var inF = l == 0 ? inputFeatures : recipe.Width;
            var w = new Tensor[Seeds];
            var b = new Tensor[Seeds];
            for (var s = 0; s < Seeds; s++) (w[s], b[s]) = InitLayer(inF, recipe.Width, generators[s]);
            Weights[l] = Stack(w, device);
            Biases[l] = Stack(b, device).unsqueeze(1).detach().requires_grad_(true).DetachFromDisposeScope();
            RunningMeans[l] = full(Seeds, recipe.Width, 0.5f, device: device).DetachFromDisposeScope();
        }
        foreach (var g in generators) g.Dispose();
        if (recipe.Classifier)
            Classifier = zeros(Seeds, ClassifierFeatures(recipe), 10, device: device).requires_grad_(true).DetachFromDisposeScope();
    }

    /// <summary>Width of the classifier input: the activations of layers 2..L (layer 1 when L = 1).</summary>
    public static int ClassifierFeatures(Recipe r) => r.Width * Math.Max(1, r.Depth - 1);

    /// <summary>Layers (0-based) whose normalized neutral activations feed the classifier.</summary>
    public static bool FeedsClassifier(Recipe r, int layer) => r.Depth == 1 || layer >= 1;

    private (Tensor W, Tensor B) InitLayer(int inF, int outF, Generator g)
    {
        if (_recipe.Init == InitKind.Normal)
        {
            // loeweX: nn.init.normal_(weight, 0, 1/sqrt(weight.shape[0])) where weight is [out, in]; bias 0.
            var w = randn([outF, inF], generator: g).mul_(1.0 / Math.Sqrt(outF)).t();
            return (w, zeros(outF));
        }

        // torch.nn.Linear default: kaiming_uniform(a=sqrt(5)) gives U(-1/sqrt(in), 1/sqrt(in)) for weight and bias.
        var bound = 1.0 / Math.Sqrt(inF);
        var wu = rand([outF, inF], generator: g).mul_(2 * bound).sub_(bound).t();
        var bu = rand([outF], generator: g).mul_(2 * bound).sub_(bound);
        return (wu, bu);
    }

    private static Tensor Stack(Tensor[] parts, Device device)
    {
        var stacked = stack(parts).contiguous().to(device).detach().requires_grad_(true).DetachFromDisposeScope();
        foreach (var p in parts) p.Dispose();
        return stacked;
    }

    /// <summary>Pre-activation of layer <paramref name="layer"/>: input [S, N, in] (or [1, N, in], broadcast over seeds)
    /// times its weights plus its bias, [S, N, out].</summary>
    public Tensor Affine(int layer, Tensor input) => matmul(input, Weights[layer]) + Biases[layer];

    /// <summary>
    /// The classifier's input for neutral-label samples <paramref name="neutral"/> ([S or 1, N, F]): the RMS/L2-normalized
    /// activations of layers 2..L (layer 1 when L = 1), concatenated, [S, N, features]. Plain ReLU (no gradient is taken).
    /// </summary>
    public Tensor ClassifierFeatures(Tensor neutral)
    {
        var z = FFMath.Normalize(neutral, _recipe.Norm);
        var feeds = new List<Tensor>();
        for (var l = 0; l < _recipe.Depth; l++)
        {
            z = FFMath.Normalize(FFMath.Relu(Affine(l, z), false), _recipe.Norm);
            if (FeedsClassifier(_recipe, l)) feeds.Add(z);
        }
        return cat(feeds, -1);
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
        foreach (var t in Weights.Concat(Biases).Concat(RunningMeans)) t.Dispose();
        Classifier?.Dispose();
    }
}
