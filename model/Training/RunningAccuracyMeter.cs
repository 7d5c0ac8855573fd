using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using static TorchSharp.torch;

namespace FFRepro.Model.Training;

/// <summary>
/// Counts, per layer and seed, the training samples each step's forward pass already classifies correctly (logit &gt; 0
/// for positives, &lt;= 0 for negatives: loeweX's sigmoid(logit) &gt; 0.5 but for logits within float rounding of 0),
/// on the device and without a host round trip per step; <see cref="Take"/> turns the counts since the previous call
/// into accuracies. It only reads the logits, so training computes the same numbers with or without it.
/// </summary>
internal sealed class RunningAccuracyMeter : IDisposable
{
    private readonly Tensor _correct;   // [L, S] int64: correctly classified samples since the last Take
    private readonly long[] _scored;    // per layer: samples scored per seed since the last Take

    public RunningAccuracyMeter(Recipe recipe, int seeds, Device device)
    {
        _correct = zeros(recipe.Depth, seeds, dtype: ScalarType.Int64, device: device).DetachFromDisposeScope();
        _scored = new long[recipe.Depth];
    }

    /// <summary>Adds one step of layers <paramref name="first"/>.. whose logits are <paramref name="logits"/> (one [S, 2B]
    /// tensor per layer, positives first) against <paramref name="positive"/> ([2B] bool: true for the positive half).</summary>
    public void Add(int first, IReadOnlyList<Tensor> logits, Tensor positive)
    {
        if (logits.Count == 0) return;
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var correct = stack(logits).Above(0).eq(positive).sum([-1]);   // [n, S]
        _correct.narrow(0, first, logits.Count).AddInPlace(correct);
        var samples = logits[0].shape[^1];
        for (var l = first; l < first + logits.Count; l++) _scored[l] += samples;
    }

    /// <summary>The counts since the last <see cref="Take"/>, live (checkpoints read and restore them in place): correct
    /// samples [L, S] (int64, on the device) and samples scored per seed, per layer.</summary>
    public (Tensor Correct, long[] Scored) Counts => (_correct, _scored);

    /// <summary>Per seed, each layer's accuracy over the samples scored since the previous call (NaN for a layer that
    /// scored none); resets the counts.</summary>
    public double[][] Take()
    {
        long[] counts;
        using (var host = _correct.cpu()) counts = host.data<long>().ToArray();
        var layers = _scored.Length;
        var seeds = counts.Length / layers;
        var result = new double[seeds][];
        for (var k = 0; k < seeds; k++)
        {
            result[k] = new double[layers];
            for (var l = 0; l < layers; l++)
                result[k][l] = _scored[l] == 0 ? double.NaN : counts[l * seeds + k] / (double)_scored[l];
        }
        _correct.zero_();
        Array.Clear(_scored);
        return result;
    }

    public void Dispose() => _correct.Dispose();
}
