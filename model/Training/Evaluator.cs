using FFRepro.Model.Metrics;
using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using TorchSharp;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace FFRepro.Model.Training;

/// <summary>
/// Evaluates S networks on a fixed set of images: every image overlaid with each of the 10 labels (goodness per
/// layer and label) plus the neutral label (classifier). The positive sample of an image is its true-label overlay,
/// the negative its fixed per-seed negative label, so every epoch is scored on the same negatives.
/// </summary>
internal sealed class Evaluator : IDisposable
{
    private readonly Recipe _recipe;
    private readonly DeviceData _data;
    private readonly Tensor _negatives;   // [S, M] fixed negative labels
    private readonly float _overlayOn;   // DeviceData.OverlayOn(recipe)
    private readonly int _chunk;
    private readonly EvalSplit _split;

    public Evaluator(Recipe recipe, DeviceData data, IReadOnlyList<long> seeds, EvalSplit split)
    {
        _recipe = recipe;
        _data = data;
        _split = split;
        _overlayOn = DeviceData.OverlayOn(recipe);
        var device = data.Images.device;
        var rows = seeds.Select(s =>
        {
            using var g = new Generator(SeedStreams.Derive(s, SeedStreams.Eval + (ulong)split));
            return NegativeLabels.Draw(data.LabelsHost, recipe.Negatives, g);
        }).ToArray();
        _negatives = stack(rows).to(device).DetachFromDisposeScope();
        foreach (var r in rows) r.Dispose();
        // Bound the largest activation tensor [S, 10 * chunk, width] to about 32 MB on CPU and 1 GB on CUDA; a chunk keeps
        // about 15 tensors of that size alive until its scope ends.
        var budget = device.type == DeviceType.CUDA ? 1L << 30 : 32L << 20;
        var perImage = (long)seeds.Count * 11 * Math.Max(recipe.Width, data.Features) * sizeof(float);
        _chunk = (int)Math.Clamp(budget / perImage, 1, data.Count);
    }

    /// <summary>The fixed negative label of each evaluated image, per seed, [S, M] (trace export).</summary>
    internal Tensor Negatives => _negatives;

    /// <summary>Metrics of every run after <paramref name="step"/> optimizer steps: per run depth of <paramref name="net"/>
    /// (ascending), every seed in seed order. The run of depth L has the metrics of layers 1..L and model metrics of those
    /// layers and its classifier.</summary>
    public PointMetrics[] EvaluateAll(BatchedNetwork net, long step)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var s = net.Seeds;
        var depth = _recipe.Depth;
        var depths = net.Depths;
        var device = _data.Images.device;
        // Sums over images, [S] each: per layer ff-correct, goodness-correct, goodness pos, goodness neg, loss.
        var layerSums = Enumerable.Range(0, depth).Select(_ => zeros(5, s, dtype: ScalarType.Float64, device: device)).ToArray();
        // Per run depth: classifier correct, goodness correct (all, deep), CE.
        var modelSums = depths.Select(_ => zeros(4, s, dtype: ScalarType.Float64, device: device)).ToArray();
        for (var start = 0; start < _data.Count; start += _chunk)
        {
            // One scope per chunk: a chunk's activations are the largest tensors of the run.
            using var chunkScope = NewDisposeScope();
            var m = Math.Min(_chunk, _data.Count - start);
            var x = _data.Images.narrow(0, start, m);
            var y = _data.Labels.narrow(0, start, m);
            var yNeg = _negatives.narrow(1, start, m);
            AccumulateGoodness(net, x, y, yNeg, layerSums, modelSums);
            if (net.Classifiers is not null) AccumulateClassifiers(net, x, y, modelSums);
        }

        var n = (double)_data.Count;
        var layers = layerSums.Select(t => t.cpu().data<double>().ToArray()).ToArray();
        var result = new PointMetrics[depths.Count * s];
        var hasClassifier = net.Classifiers is not null;
        for (var d = 0; d < depths.Count; d++)
        {
            var model = modelSums[d].cpu().data<double>().ToArray();
            for (var k = 0; k < s; k++)
            {
                var perLayer = new LayerMetrics[depths[d]];
                for (var l = 0; l < depths[d]; l++)
                {
                    var v = layers[l];
                    perLayer[l] = new LayerMetrics(l + 1,
                        v[0 * s + k] / (2 * n), v[1 * s + k] / n, v[2 * s + k] / n, v[3 * s + k] / n, v[4 * s + k] / (2 * n));
                }
                result[d * s + k] = new PointMetrics(step, _split, perLayer, new ModelMetrics(
                    hasClassifier ? model[0 * s + k] / n : double.NaN,
                    model[1 * s + k] / n,
                    model[2 * s + k] / n,
                    hasClassifier ? model[3 * s + k] / n : double.NaN));
            }
        }
        return result;
    }

    private void AccumulateGoodness(BatchedNetwork net, Tensor x, Tensor y, Tensor yNeg, Tensor[] layerSums, Tensor[] modelSums)
    {
        var m = x.shape[0];
        var labels = ScalarOps.Range(10, ScalarType.Int64, x.device);
        // [10 * m, F]: image i with label c at row c * m + i.
        var pixels = FFMath.LabelPixels(labels, _overlayOn).unsqueeze(1).expand(10, m, 10);
        var z = FFMath.Overlay(x.unsqueeze(0).expand(10, m, x.shape[1]), pixels).reshape(10 * m, x.shape[1]);
        z = FFMath.Normalize(z, _recipe.Norm).unsqueeze(0);  // broadcast over seeds in the first layer
        // Goodness summed over layers 1..l+1 (all) and over layers 2..l+1 (deep), after layer l: the sums of every
        // run depth are prefixes, added in the order a network of that depth adds them.
        var sumAll = new Tensor[_recipe.Depth];
        var sumDeep = new Tensor?[_recipe.Depth];
        var yIndex = y.unsqueeze(0).expand(net.Seeds, m).unsqueeze(1);   // [S, 1, m]
        var negIndex = yNeg.unsqueeze(1);                                 // [S, 1, m]
        for (var l = 0; l < _recipe.Depth; l++)
        {
            var a = F.relu(net.Affine(l, z));
            var g = FFMath.Goodness(a, _recipe.Goodness).view(net.Seeds, 10, m);   // [S, 10, m]
            var gPos = g.gather(1, yIndex).squeeze(1);
            var gNeg = g.gather(1, negIndex).squeeze(1);
            var theta = _recipe.Theta;
            var ffCorrect = gPos.Above(theta).sum([1]).Plus(gNeg.AtMost(theta).sum([1]));
            var gCorrect = g.argmax(1).eq(y.unsqueeze(0)).sum([1]);
            // The training loss of these logits: binary cross-entropy with targets 1 (positives) and 0 (negatives).
            var posLogits = gPos.Minus(theta);
            var negLogits = gNeg.Minus(theta);
            var loss = F.binary_cross_entropy_with_logits(posLogits, ones_like(posLogits), reduction: nn.Reduction.None).sum([1], type: ScalarType.Float64)
                .Plus(F.binary_cross_entropy_with_logits(negLogits, zeros_like(negLogits), reduction: nn.Reduction.None).sum([1], type: ScalarType.Float64));
            layerSums[l].AddInPlace(stack([
                ffCorrect.to(ScalarType.Float64), gCorrect.to(ScalarType.Float64),
                gPos.sum([1], type: ScalarType.Float64), gNeg.sum([1], type: ScalarType.Float64), loss]));
            var g64 = g.to(ScalarType.Float64);
            sumAll[l] = l == 0 ? g64 : sumAll[l - 1].Plus(g64);
            if (l >= 1) sumDeep[l] = sumDeep[l - 1] is { } before ? before.Plus(g64) : g64;
            z = FFMath.Normalize(a, _recipe.Norm);
        }
        for (var d = 0; d < net.Depths.Count; d++)
        {
            var last = net.Depths[d] - 1;
            // Layers 2..L feed the deep sum; layer 1 alone when L = 1 (DepthClassifiers.Feeds).
            var deep = last == 0 ? sumAll[0] : sumDeep[last]!;
            modelSums[d][1].AddInPlace(sumAll[last].argmax(1).eq(y.unsqueeze(0)).sum([1]).to(ScalarType.Float64));
            modelSums[d][2].AddInPlace(deep.argmax(1).eq(y.unsqueeze(0)).sum([1]).to(ScalarType.Float64));
        }
    }

    private static void AccumulateClassifiers(BatchedNetwork net, Tensor x, Tensor y, Tensor[] modelSums)
    {
        var m = x.shape[0];
        var neutral = FFMath.Overlay(x, ScalarOps.Filled([m, 10], 0.1f, x.device)).unsqueeze(0);   // broadcast over seeds
        var features = net.ClassifierFeatures(neutral);
        for (var d = 0; d < features.Length; d++)
        {
            var output = bmm(features[d], net.Classifiers!.Weights(d));   // [S, m, 10]
            var correct = output.argmax(-1).eq(y.unsqueeze(0)).sum([1]).to(ScalarType.Float64);
            var ce = F.log_softmax(output, -1).gather(-1, y.unsqueeze(0).expand(net.Seeds, m).unsqueeze(-1)).squeeze(-1).neg().sum([1], type: ScalarType.Float64);
            modelSums[d][0].AddInPlace(correct);
            modelSums[d][3].AddInPlace(ce);
        }
    }

    public void Dispose() => _negatives.Dispose();
}
