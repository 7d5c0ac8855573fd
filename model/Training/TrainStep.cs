using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using TorchSharp;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace FFRepro.Model.Training;

/// <summary>
/// One optimization step of S networks on one mini-batch: positive and negative samples through layers
/// <c>first..last</c> (0-based, inclusive), each layer's FF loss (+ peer normalization) on its own detached input,
/// plus each classifier's cross-entropy on the neutral-label activations (one classifier per run depth). Each trained
/// layer's logits also go to <see cref="Accuracy"/> (the running training-batch accuracy).
/// </summary>
internal sealed class TrainStep(Recipe recipe, BatchedNetwork net, BatchedOptimizer optimizer) : IDisposable
{
    private readonly float _overlayOn = DeviceData.OverlayOn(recipe);

    /// <summary>Sees each step's losses and goodness (trace export); null in training.</summary>
    internal IStepProbe? Probe { get; set; }

    /// <summary>Correct classifications of the training batches' own samples, per layer and seed, since it was last read.</summary>
    public RunningAccuracyMeter Accuracy { get; } = new(recipe, net.Seeds, net.Weights[0].device);

    /// <param name="x">Pixels [S, B, F].</param>
    /// <param name="positive">True labels [S, B].</param>
    /// <param name="negative">Negative labels [S, B].</param>
    /// <param name="first">First layer trained in this step.</param>
    /// <param name="last">Last layer trained (layers before <paramref name="first"/> only run forward).</param>
    /// <param name="lrScale">Learning-rate multiplier of this epoch (cool-down), applied to both groups.</param>
    /// <param name="lossAccumulator">[K, S] (or [S] for one run depth) running sum of each run's total loss, for
    /// divergence detection: for run depth L, the losses of layers 1..L plus depth L's classifier, summed in the order a
    /// depth-L network sums them.</param>
    public void Run(Tensor x, Tensor positive, Tensor negative, int first, int last, double lrScale, Tensor lossAccumulator)
    {
        using var scope = NewDisposeScope();
        var batch = x.shape[1];
        var pixels = x.narrow(-1, 10, x.shape[^1] - 10);
        var z = cat([
            LabelTable(x.device).index_select(0, cat([positive, negative], 1).reshape(-1)).view(net.Seeds, 2 * batch, 10),
            cat([pixels, pixels], 1),
        ], -1);
        var targets = Targets(batch, x.device);
        Tensor? total = null;
        var prefix = new Tensor?[last + 1];   // prefix[l]: the summed loss of the trained layers up to layer l
        var trainedLogits = new List<Tensor>(last - first + 1);
        for (var l = 0; l <= last; l++)
        {
            var input = FFMath.Normalize(z, recipe.Norm);
            if (l < first)
            {
                using (no_grad()) z = FFMath.Relu(net.Affine(l, input), false);
                continue;
            }
            var a = FFMath.Relu(net.Affine(l, input), recipe.FullGradientRelu);
            var goodness = FFMath.Goodness(a, recipe.Goodness);
            var logits = goodness.Minus(recipe.Theta);
            trainedLogits.Add(logits);
            var ffLoss = F.binary_cross_entropy_with_logits(logits, targets.expand(logits.shape[0], logits.shape[1]), reduction: nn.Reduction.None).mean([1]);
            total = total is null ? ffLoss : total.Plus(ffLoss);
            Tensor? peer = null;
            if (recipe.PeerNormWeight > 0)
            {
                // loeweX: running mean over the positive half only; the gradient flows through this batch's mean.
                var m = recipe.PeerNormMomentum;
                var running = net.RunningMeans[l].Times(m).Plus(a.narrow(1, 0, batch).mean([1]).Times(1 - m));
                peer = (running.mean([-1], keepdim: true) - running).Squared().mean([-1]);
                total = total.Plus(peer.Times(recipe.PeerNormWeight));
                net.SetRunningMean(l, running);
            }
            prefix[l] = total;
            Probe?.Layer(l, goodness, ffLoss, peer);
            z = a.detach();
        }

        var depths = net.Depths;
        var classifiers = net.Classifiers is null ? null : ClassifierLosses(pixels, positive);
        if (classifiers is not null) Probe?.Classifier(classifiers[^1]);
        // Every layer's input is detached and each classifier reads only detached features, so in the sum that is
        // back-propagated each parameter's gradient comes from its own loss alone, as in a network of each depth.
        var backward = total;
        foreach (var c in classifiers ?? []) backward = backward is null ? c : backward.Plus(c);
        if (backward is null) return;   // nothing trains in this step
        Accuracy.Add(first, trainedLogits, _positive!);

        backward.sum().backward();
        for (var k = 0; k < depths.Count; k++)
        {
            // A depth-L network's total: its layers' losses (those trained in this step), then its classifier's; with
            // one run depth that is the back-propagated sum itself.
            var layers = prefix[Math.Min(depths[k], last + 1) - 1];
            var runTotal = depths.Count == 1 ? backward : classifiers is null ? layers : layers is null ? classifiers[k] : layers.Plus(classifiers[k]);
            if (runTotal is null) continue;
            (depths.Count == 1 ? lossAccumulator : lossAccumulator[k]).AddInPlace(runTotal.detach());
        }
        var lr = recipe.Lr * lrScale;
        optimizer.Step(net.Layers, first, last, lr, recipe.WeightDecay);
        net.Layers.ClearGrads(first, last);
        foreach (var classifier in net.Classifiers?.Parameters ?? [])
        {
            optimizer.Step(classifier, 0, 0, recipe.ClassifierLr * lrScale, recipe.ClassifierWeightDecay);
            classifier.ClearGrads(0, 0);
        }
    }

    /// <summary>Per classifier (run depth), the per-seed mean cross-entropy on neutral-label activations (inputs detached).</summary>
    private Tensor[] ClassifierLosses(Tensor pixels, Tensor labels)
    {
        Tensor[] features;
        using (no_grad())
        {
            var neutral = LabelTable(pixels.device).narrow(0, 10, 1).expand(pixels.shape[0], pixels.shape[1], 10);
            features = net.ClassifierFeatures(cat([neutral, pixels], -1));
        }
        return features.Select((f, k) =>
        {
            var output = bmm(f, net.Classifiers!.Weights(k));          // [S, B, 10]
            return F.cross_entropy(output.reshape(-1, 10), labels.reshape(-1), reduction: nn.Reduction.None)
                .view(labels.shape[0], labels.shape[1]).mean([1]);
        }).ToArray();
    }

    private Tensor? _labelTable, _targets, _positive;

    /// <summary>Rows 0..9: the overlay pixels of each label; row 10: the neutral overlay (0.1 each). Cached: one gather per step
    /// instead of one_hot + cast + scale (the step is launch-bound on GPUs).</summary>
    private Tensor LabelTable(Device device) => _labelTable ??=
        cat([eye(10, device: device).MultiplyInPlace(_overlayOn), ScalarOps.Filled([1, 10], 0.1f, device)]).DetachFromDisposeScope();

    /// <summary>BCE targets of a step: 1 for the positive half, 0 for the negative half, [2B].</summary>
    private Tensor Targets(long batch, Device device)
    {
        if (_targets is null || _targets.shape[0] != 2 * batch)
        {
            _targets?.Dispose();
            _positive?.Dispose();
            _targets = cat([ones(batch, device: device), zeros(batch, device: device)]).DetachFromDisposeScope();
            _positive = _targets.Above(0.5).DetachFromDisposeScope();
        }
        return _targets;
    }

    public void Dispose()
    {
        _labelTable?.Dispose();
        _targets?.Dispose();
        _positive?.Dispose();
        Accuracy.Dispose();
    }
}
