using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace FFRepro.Model.Training;

/// <summary>The per-layer pieces of the FF computation, for tensors whose last dimension is the feature axis.</summary>
internal static class FFMath
{
    /// <summary>Layer input normalization: RMS (z / (sqrt(mean z^2) + 1e-8)) or L2 (z / (||z|| + 1e-4)).</summary>
    public static Tensor Normalize(Tensor z, NormKind kind) => kind == NormKind.Rms
        ? z / z.Squared().mean([-1], keepdim: true).sqrt().Plus(1e-8)
        : z / z.Squared().sum([-1], keepdim: true).sqrt().Plus(1e-4);

    /// <summary>ReLU; with <paramref name="fullGradient"/> its backward pass is the identity (loeweX's ReLU_full_grad).</summary>
    public static Tensor Relu(Tensor a, bool fullGradient) =>
        fullGradient ? a.Plus((F.relu(a) - a).detach()) : F.relu(a);

    /// <summary>Goodness over the last dimension: sum or mean of squares.</summary>
    public static Tensor Goodness(Tensor z, GoodnessKind kind) =>
        kind == GoodnessKind.SumSquares ? z.Squared().sum([-1]) : z.Squared().mean([-1]);

    /// <summary>The input with its first 10 features replaced by <paramref name="labelPixels"/> (same leading shape, 10 wide).</summary>
    public static Tensor Overlay(Tensor x, Tensor labelPixels) =>
        cat([labelPixels, x.narrow(-1, 10, x.shape[^1] - 10)], -1);

    /// <summary>One-hot label pixels of value <paramref name="on"/> for int64 labels of any shape: shape + [10].</summary>
    public static Tensor LabelPixels(Tensor labels, float on) =>
        F.one_hot(labels, 10).to(ScalarType.Float32).MultiplyInPlace(on);
}
