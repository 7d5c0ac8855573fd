using FFRepro.Model.Data;
using FFRepro.Model.Recipes;
using TorchSharp;
using static TorchSharp.torch;

namespace FFRepro.Model.Training;

/// <summary>A split as tensors on the training device, pixels already scaled as the recipe asks.</summary>
internal sealed class DeviceData : IDisposable
{
    /// <summary>MNIST pixel mean and standard deviation (after scaling to [0, 1]) used by pezeshki's Normalize.</summary>
    private const float MnistMean = 0.1307f, MnistStd = 0.3081f;

    public Tensor Images { get; }   // [N, F] float32
    public Tensor Labels { get; }   // [N] int64
    public long[] LabelsHost { get; }
    public int Count { get; }
    public int Features { get; }

    public DeviceData(DataSplit split, int take, Recipe recipe, Device device)
    {
        Count = take <= 0 ? split.Count : Math.Min(take, split.Count);
        Features = split.Features;
        var pixels = new float[(long)Count * Features];
        for (var i = 0; i < pixels.Length; i++)
        {
            var v = split.Pixels[i] / 255f;
            pixels[i] = recipe.StandardizePixels ? (v - MnistMean) / MnistStd : v;
        }
        LabelsHost = new long[Count];
        for (var i = 0; i < Count; i++) LabelsHost[i] = split.Labels[i];
        Images = tensor(pixels, [Count, Features]).to(device).DetachFromDisposeScope();
        Labels = tensor(LabelsHost, [Count]).to(device).DetachFromDisposeScope();
    }

    /// <summary>The value the label overlay writes for the true class.</summary>
    public static float OverlayOn(Recipe recipe) =>
        recipe.OverlayValue == OverlayValue.One ? 1f
        : recipe.StandardizePixels ? (1f - MnistMean) / MnistStd : 1f;

    public void Dispose()
    {
        Images.Dispose();
        Labels.Dispose();
    }
}
