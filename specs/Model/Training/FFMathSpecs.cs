using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using FFRepro.Model.Training;
using FFRepro.Specs.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TorchSharp;
using static TorchSharp.torch;

namespace FFRepro.Specs.Model.Training;

[Xunit.Collection(TorchCollection.Name)]
public sealed class FFMathSpecs
{
    private static float[] Pixels(int seed, int n)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => (float)rng.NextDouble()).ToArray();
    }

    [Property(MaxTest = 50)]
    public Property Layer_output_is_invariant_to_positive_scaling_of_its_input(int seed, PositiveInt scaleTenths)
    {
        TorchRuntime.EnsureLoaded();
        var scale = 0.1 * Math.Min(scaleTenths.Get, 1000);
        using var scope = NewDisposeScope();
        using var g = new Generator((ulong)(uint)seed);
        var x = tensor(Pixels(seed, 4 * 20), [4, 20]);
        var w = randn([20, 8], generator: g);
        Tensor Layer(Tensor input) => FFMath.Relu(matmul(FFMath.Normalize(input, NormKind.Rms), w), false);
        var diff = (Layer(x) - Layer(x.Times(scale))).abs().max().item<float>();
        return (diff < 1e-4f).Label($"scale {scale}: max |difference| {diff}");
    }

    [Property(MaxTest = 50)]
    public Property The_overlay_changes_exactly_the_first_10_pixels(int seed, byte label)
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        var x = tensor(Pixels(seed, 3 * 784), [3, 784]);
        var labels = tensor(new long[] { label % 10, label % 10, label % 10 });
        var y = FFMath.Overlay(x, FFMath.LabelPixels(labels, 1f));
        var restSame = y.narrow(1, 10, 774).eq(x.narrow(1, 10, 774)).all().item<bool>();
        var head = y.narrow(1, 0, 10);
        var oneHot = head.sum(1).EqualTo(1).all().item<bool>() && head.argmax(1).eq(labels).all().item<bool>();
        return (restSame.Label("pixels 10..783 unchanged")).And(oneHot.Label("pixels 0..9 are the one-hot label"));
    }
}
