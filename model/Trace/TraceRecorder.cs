using FFRepro.Model.Torch;
using FFRepro.Model.Trace.Npz;
using FFRepro.Model.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace FFRepro.Model.Trace;

/// <summary>
/// Collects the per-step trace of one seed: while a step runs, each layer's FF loss, unweighted peer-normalization
/// loss and mean goodness of the positive and the negative half, and the classifier loss (as <see cref="TrainStep"/>
/// computed them); after the step, the Euclidean norm of every parameter tensor and running mean. Values are read
/// as float32 and norms are taken in float64.
/// </summary>
internal sealed class TraceRecorder(int steps, int depth) : IStepProbe
{
    private readonly double[] _ffLoss = new double[steps * depth];
    private readonly double[] _peerLoss = new double[steps * depth];
    private readonly double[] _goodnessPos = new double[steps * depth];
    private readonly double[] _goodnessNeg = new double[steps * depth];
    private readonly double[] _weightNorm = new double[steps * depth];
    private readonly double[] _biasNorm = new double[steps * depth];
    private readonly double[] _meanNorm = new double[steps * depth];
    private readonly double[] _classifierLoss = new double[steps];
    private readonly double[] _classifierNorm = new double[steps];

    /// <summary>The step being recorded (0-based).</summary>
    public int Step { get; set; }

    public void Layer(int layer, Tensor goodness, Tensor ffLoss, Tensor? peerLoss)
    {
        var i = Step * depth + layer;
        var half = goodness.shape[1] / 2;
        _ffLoss[i] = ffLoss[0].item<float>();
        _peerLoss[i] = peerLoss is null ? double.NaN : peerLoss[0].item<float>();
        _goodnessPos[i] = goodness[0].narrow(0, 0, half).mean().item<float>();
        _goodnessNeg[i] = goodness[0].narrow(0, half, half).mean().item<float>();
    }

    public void Classifier(Tensor loss) => _classifierLoss[Step] = loss[0].item<float>();

    /// <summary>Records the parameter norms after step <see cref="Step"/>.</summary>
    public void AfterStep(BatchedNetwork net)
    {
        using var scope = NewDisposeScope();
        for (var l = 0; l < depth; l++)
        {
            var i = Step * depth + l;
            _weightNorm[i] = Norm(net.Weights[l][0]);
            _biasNorm[i] = Norm(net.Biases[l][0]);
            _meanNorm[i] = Norm(net.RunningMeans[l][0]);
        }
        _classifierNorm[Step] = Norm(net.Classifier![0]);
    }

    /// <summary>The trace arrays, [steps, depth] or [steps], float64.</summary>
    public IEnumerable<NpyArray> Arrays()
    {
        yield return NpyArray.Of("ff_loss", _ffLoss, steps, depth);
        yield return NpyArray.Of("peer_loss", _peerLoss, steps, depth);
        yield return NpyArray.Of("goodness_pos", _goodnessPos, steps, depth);
        yield return NpyArray.Of("goodness_neg", _goodnessNeg, steps, depth);
        yield return NpyArray.Of("classifier_loss", _classifierLoss, steps);
        yield return NpyArray.Of("weight_norm", _weightNorm, steps, depth);
        yield return NpyArray.Of("bias_norm", _biasNorm, steps, depth);
        yield return NpyArray.Of("running_mean_norm", _meanNorm, steps, depth);
        yield return NpyArray.Of("classifier_norm", _classifierNorm, steps);
    }

    private static double Norm(Tensor t) => t.detach().to(ScalarType.Float64).Squared().sum().sqrt().item<double>();
}
