using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using static TorchSharp.torch;

namespace FFRepro.Model.Training;

/// <summary>Draws negative labels on the CPU from a seed's own generator, so every device sees the same draws.</summary>
public static class NegativeLabels
{
    /// <summary>
    /// One negative label per sample, indexed like <paramref name="labels"/>. <see cref="NegativeSampler.UniformWrong"/>:
    /// (y + U{1..9}) mod 10, uniform over the 9 wrong labels and never y. <see cref="NegativeSampler.Permuted"/>: the label
    /// of a uniformly permuted sample (pezeshki; equals y about 10% of the time).
    /// </summary>
    public static Tensor Draw(long[] labels, NegativeSampler sampler, Generator generator)
    {
        var y = tensor(labels);
        if (sampler == NegativeSampler.UniformWrong)
        {
            using var offset = randint(1, 10, [labels.Length], generator: generator);
            using var sum = y.Plus(offset);
            var result = sum.Modulo(10);
            y.Dispose();
            return result;
        }
        using var perm = randperm(labels.Length, generator: generator);
        var permuted = y.index_select(0, perm);
        y.Dispose();
        return permuted;
    }
}
