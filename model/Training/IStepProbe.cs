using static TorchSharp.torch;

namespace FFRepro.Model.Training;

/// <summary>
/// Sees the values a <see cref="TrainStep"/> computes, as it computes them (per-step traces); it must not change them.
/// Tensors are the step's own and live until the step ends.
/// </summary>
internal interface IStepProbe
{
    /// <summary>A trained layer: goodness [S, 2B] (positives first), FF loss [S], unweighted peer-normalization loss [S]
    /// (null when the recipe has none).</summary>
    void Layer(int layer, Tensor goodness, Tensor ffLoss, Tensor? peerLoss);

    /// <summary>The classifier's cross-entropy [S].</summary>
    void Classifier(Tensor loss);
}
