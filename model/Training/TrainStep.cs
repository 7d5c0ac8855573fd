using FFRepro.Model.Recipes;
using TorchSharp;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace FFRepro.Model.Training;

/// <summary>
/// One optimization step of S networks on one mini-batch: positive and negative samples through layers
/// <c>first..last</c> (0-based, inclusive), each layer's FF loss (+ peer normalization) on its own detached input,
/// plus the classifier's cross-entropy on the neutral-label activations.
/// </summary>
internal sealed class TrainStep(Recipe recipe, BatchedNetwork net, BatchedOptimizer optimizer, float overlayOn)
{
    /// <param name="x">Pixels [S, B, F].</param>
    /// <param name="positive">True labels [S, B].</param>
    /// <param name="negative">Negative labels [S, B].</param>
    /// <param name="first">First layer trained in this step.</param>
    /// <param name="last">Last layer trained (layers before <paramref name="first"/> only run forward).</param>
    /// <param name="lrScale">Learning-rate multiplier of this epoch (cool-down), applied to both groups.</param>
    /// <param name="lossAccumulator">[S] running sum of each seed's total loss, for divergence detection.</param>
    public void Run(Tensor x, Tensor positive, Tensor negative, int first, int last, double lrScale, Tensor lossAccumulator)
    {
        using var scope = NewDisposeScope();
        var batch = x.shape[1];
        var z = cat([
            FFMath.Overlay(x, FFMath.LabelPixels(positive, overlayOn)),
            FFMath.Overlay(x, FFMath.LabelPixels(negative, overlayOn)),
        ], 1);
        // +1 for positives, -1 for negatives: loss = softplus(-sign * logit) is BCE-with-logits with targets 1/0.
        var sign = cat([ones(batch, device: x.device), ones(batch, device: x.device).neg()]);
        Tensor total = zeros(net.Seeds, device: x.device);
        for (var l = 0; l <= last; l++)
        {
            var input = FFMath.Normalize(z, recipe.Norm);
            if (l < first)
            {
                using (no_grad()) z = FFMath.Relu((bmm(input, net.Weights[l]) + net.Biases[l]), false);
                continue;
            }
            var a = FFMath.Relu((bmm(input, net.Weights[l]) + net.Biases[l]), recipe.FullGradientRelu);
            var logits = FFMath.Goodness(a, recipe.Goodness) - recipe.Theta;
            total = total + F.softplus(logits * sign.neg()).mean([1]);
            if (recipe.PeerNormWeight > 0)
            {
                // loeweX: running mean over the positive half only; the gradient flows through this batch's mean.
                var m = recipe.PeerNormMomentum;
                var running = net.RunningMeans[l] * m + a.narrow(1, 0, batch).mean([1]) * (1 - m);
                var peer = (running.mean([-1], keepdim: true) - running).square().mean([-1]);
                total = total + peer * recipe.PeerNormWeight;
                net.SetRunningMean(l, running);
            }
            z = a.detach();
        }

        if (net.Classifier is not null)
            total = total + ClassifierLoss(x, positive);

        total.sum().backward();
        lossAccumulator.add_(total.detach());
        var lr = recipe.Lr * lrScale;
        optimizer.Step(Enumerable.Range(first, last - first + 1).SelectMany(net.LayerParameters), lr, recipe.WeightDecay);
        if (net.Classifier is not null)
            optimizer.Step([net.Classifier], recipe.ClassifierLr * lrScale, recipe.ClassifierWeightDecay);
        foreach (var p in Enumerable.Range(first, last - first + 1).SelectMany(net.LayerParameters).Append(net.Classifier))
            p?.grad?.zero_();
    }

    /// <summary>Per-seed mean cross-entropy of the classifier on neutral-label activations (inputs detached).</summary>
    private Tensor ClassifierLoss(Tensor x, Tensor labels)
    {
        Tensor features;
        using (no_grad())
        {
            var z = FFMath.Overlay(x, full(x.shape[0], x.shape[1], 10, 0.1f, device: x.device));
            z = FFMath.Normalize(z, recipe.Norm);
            var feeds = new List<Tensor>();
            for (var l = 0; l < recipe.Depth; l++)
            {
                z = FFMath.Normalize(FFMath.Relu((bmm(z, net.Weights[l]) + net.Biases[l]), false), recipe.Norm);
                if (BatchedNetwork.FeedsClassifier(recipe, l)) feeds.Add(z);
            }
            features = cat(feeds, -1);
        }
        var output = bmm(features, net.Classifier!);          // [S, B, 10]
        var logProbs = F.log_softmax(output, -1);
        return logProbs.gather(-1, labels.unsqueeze(-1)).squeeze(-1).neg().mean([1]);
    }
}
