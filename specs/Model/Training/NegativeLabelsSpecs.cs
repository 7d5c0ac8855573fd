using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using FFRepro.Model.Training;
using FFRepro.Specs.Support;
using MathNet.Numerics.Distributions;
using Xunit;
using static TorchSharp.torch;

namespace FFRepro.Specs.Model.Training;

[Collection(TorchCollection.Name)]
public sealed class NegativeLabelsSpecs
{
    [Fact]
    public void The_uniform_wrong_sampler_never_returns_the_true_label_and_is_uniform_over_the_other_nine()
    {
        TorchRuntime.EnsureLoaded();
        const int perLabel = 9000;
        var labels = Enumerable.Range(0, 10 * perLabel).Select(i => (long)(i % 10)).ToArray();
        using var g = new Generator(12345);
        using var drawn = NegativeLabels.Draw(labels, NegativeSampler.UniformWrong, g);
        var negatives = drawn.data<long>().ToArray();
        Assert.All(labels.Zip(negatives), p => Assert.NotEqual(p.First, p.Second));

        // Chi-square over the 90 (true, negative) pairs, each expected perLabel / 9 times; 81 degrees of freedom.
        var counts = new double[10, 10];
        foreach (var (y, n) in labels.Zip(negatives)) counts[y, n]++;
        var expected = perLabel / 9.0;
        var chi2 = 0.0;
        for (var y = 0; y < 10; y++)
            for (var n = 0; n < 10; n++)
                if (y != n) chi2 += Math.Pow(counts[y, n] - expected, 2) / expected;
        var p = 1 - ChiSquared.CDF(81, chi2);
        Assert.True(p > 0.001, $"chi-square {chi2:F1} on 81 df, p = {p:G3}");
    }
}
