using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace FFRepro.Model.Training;

/// <summary>
/// torch.optim.SGD / Adam written out over <see cref="FlatParameters"/>. Hand-written because each step must skip
/// layers that did not take part (greedy and interleaved schedules), exactly as torch skips parameters whose
/// grad is None, and the learning rate is set per group each epoch; the update formulas are torch's. A run of
/// blocks with the same step count is updated as one flat slice (a handful of kernels per step, like torch's
/// multi-tensor "foreach" path) when it is small, tensor by tensor when it is large (<see cref="GatherLimit"/>);
/// element-wise updates give each element the same bits either way.
/// Seeds are independent: every update is element-wise, so seed s's slice moves exactly as a one-seed optimizer would.
/// </summary>
internal sealed class BatchedOptimizer : IDisposable
{
    private const double Beta1 = 0.9, Beta2 = 0.999, AdamEps = 1e-8;

    private readonly OptimizerKind _kind;
    private readonly double _momentum;
    private readonly Dictionary<FlatParameters, State> _state = new(ReferenceEqualityComparer.Instance);

    /// <summary>Optimizer state of one parameter group, in its flat layout.</summary>
    private sealed class State(FlatParameters group, bool adam, long gatherLimit) : IDisposable
    {
        public readonly long GatherLimit = gatherLimit;   // fixed for the run: device and settings do not change
        public readonly long[] Steps = new long[group.BlockCount];   // updates taken by each block
        public readonly Tensor Buffer = zeros_like(group.Values).DetachFromDisposeScope();   // SGD momentum or Adam's first moment
        public readonly Tensor? Second = adam ? zeros_like(group.Values).DetachFromDisposeScope() : null;   // Adam's second moment

        public void Dispose()
        {
            Buffer.Dispose();
            Second?.Dispose();
        }
    }

    private readonly TorchSettings _settings;

    /// <param name="recipe">Optimizer, momentum.</param>
    /// <param name="settings">The process's torch settings (<see cref="TorchRuntime.Settings"/>); their
    /// <see cref="TorchSettings.GatherLimit"/> overrides <see cref="GatherLimit"/> (specs use it to exercise both update paths).</param>
    public BatchedOptimizer(Recipe recipe, TorchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _kind = recipe.Optimizer;
        _momentum = recipe.Momentum;
        _settings = settings;
    }

    /// <summary>
    /// Updates blocks <paramref name="first"/>..<paramref name="last"/> of <paramref name="group"/> from their gradients
    /// with learning rate <paramref name="lr"/> and L2 decay <paramref name="weightDecay"/>. The gradients are consumed
    /// (weight decay is added into them); the caller clears them.
    /// </summary>
    public void Step(FlatParameters group, int first, int last, double lr, double weightDecay)
    {
        using var noGrad = no_grad();
        var state = _state.TryGetValue(group, out var existing) ? existing : Create(group);
        // Temporaries belong to the caller's dispose scope (one per step).
        var gathered = group.Length(first, last) <= state.GatherLimit ? group.GatherGrads(first, last) : null;
        var start = first;
        for (var b = first + 1; b <= last + 1; b++)
        {
            // Blocks that have taken the same number of steps share Adam's bias correction (and SGD's first-step rule).
            if (b <= last && state.Steps[b] == state.Steps[start]) continue;
            var steps = state.Steps[start] + 1;
            for (var k = start; k < b; k++) state.Steps[k] = steps;
            if (gathered is not null)
            {
                var offset = group.Start(start) - group.Start(first);
                Update(group, state, group.Start(start), group.Length(start, b - 1), gathered.narrow(0, offset, group.Length(start, b - 1)), steps, lr, weightDecay);
            }
            else
            {
                for (var k = start; k < b; k++)
                    for (var i = 0; i < group.Blocks[k].Length; i++)
                    {
                        var grad = FlatParameters.GradOf(group.Blocks[k][i]);
                        Update(group, state, group.Start(k, i), grad.shape[0], grad, steps, lr, weightDecay);
                    }
            }
            start = b;
        }
    }

    /// <summary>
    /// The optimizer state of <paramref name="group"/>, created (zero steps, zero moments: what a first step starts from)
    /// when the group has not been stepped yet: step counts per block, the first-moment (SGD momentum) buffer, and Adam's
    /// second moment or null. Live objects: checkpoints read them and restore them in place.
    /// </summary>
    public (long[] Steps, Tensor Moment, Tensor? SecondMoment) StateOf(FlatParameters group)
    {
        var state = _state.TryGetValue(group, out var existing) ? existing : Create(group);
        return (state.Steps, state.Buffer, state.Second);
    }

    private State Create(FlatParameters group) =>
        _state[group] = new State(group, _kind == OptimizerKind.Adam, GatherLimit(group.Values.device, _settings));

    /// <summary>
    /// Largest trained slice (elements, all seeds) whose gradients are gathered into one flat tensor and updated with one
    /// chain of kernels; larger slices are updated tensor by tensor from autograd's own gradients. Gathering saves
    /// launches, which bound small networks, but costs two passes over the gradients, which bound large ones. Break-even
    /// where two passes cost what about 18 launches do: ~32M elements on a GPU (3 TB/s, ~5 us per launch), ~256K on one
    /// CPU core (10 GB/s, 3-10 us per operation; on the 2-core build VM both paths measured the same within its noise).
    /// <see cref="TorchSettings.GatherLimit"/> (<c>FFREPRO_GATHER_LIMIT</c>) overrides it; either way the bits are the same.
    /// </summary>
    public static long GatherLimit(Device device, TorchSettings settings) =>
        settings.GatherLimit ?? (device.type == DeviceType.CUDA ? 32L << 20 : 256L << 10);

    /// <summary>One update of the <paramref name="n"/> parameters at flat position <paramref name="at"/>.</summary>
    private void Update(FlatParameters group, State state, long at, long n, Tensor grad, long steps, double lr, double weightDecay)
    {
        var p = group.Values.narrow(0, at, n);
        var buffer = state.Buffer.narrow(0, at, n);
        // In place: the gradient is this step's own (a gathered copy, or autograd's, cleared after the step).
        var d = weightDecay != 0 ? grad.AddInPlace(p, weightDecay) : grad;
        if (_kind == OptimizerKind.Sgd)
        {
            if (_momentum == 0)
            {
                p.AddInPlace(d, -lr);
                return;
            }
            if (steps == 1) buffer.copy_(d);   // torch: the first step's buffer is the gradient itself
            else buffer.MultiplyInPlace(_momentum).AddInPlace(d);
            p.AddInPlace(buffer, -lr);
            return;
        }
        var second = state.Second!.narrow(0, at, n);
        buffer.MultiplyInPlace(Beta1).AddInPlace(d, 1 - Beta1);
        second.MultiplyInPlace(Beta2).AddProductInPlace(d, d, 1 - Beta2);
        var bias1 = 1 - Math.Pow(Beta1, steps);
        var bias2 = 1 - Math.Pow(Beta2, steps);
        var denom = second.sqrt().Over(Math.Sqrt(bias2)).AddInPlace(AdamEps);
        p.AddQuotientInPlace(buffer, denom, -lr / bias1);
    }

    public void Dispose()
    {
        foreach (var s in _state.Values) s.Dispose();
    }
}
