using FFRepro.Model.Recipes;
using TorchSharp;
using static TorchSharp.torch;

namespace FFRepro.Model.Training;

/// <summary>
/// torch.optim.SGD / Adam written out over our own parameter tensors. Hand-written because each step must skip
/// parameters that did not take part (greedy and interleaved schedules), exactly as torch skips parameters whose
/// grad is None, and the learning rate is set per group each epoch; the update formulas are torch's.
/// Seeds are independent: every update is element-wise, so seed s's slice moves exactly as a one-seed optimizer would.
/// </summary>
internal sealed class BatchedOptimizer : IDisposable
{
    private const double Beta1 = 0.9, Beta2 = 0.999, AdamEps = 1e-8;

    private readonly OptimizerKind _kind;
    private readonly double _momentum;
    private readonly Dictionary<Tensor, State> _state = new(ReferenceEqualityComparer.Instance);

    private sealed class State
    {
        public Tensor? Buffer;   // SGD momentum buffer, or Adam's first moment
        public Tensor? Second;   // Adam's second moment
        public long Steps;
    }

    public BatchedOptimizer(Recipe recipe)
    {
        _kind = recipe.Optimizer;
        _momentum = recipe.Momentum;
    }

    /// <summary>Updates each parameter from its gradient with learning rate <paramref name="lr"/> and L2 decay <paramref name="weightDecay"/>.</summary>
    public void Step(IEnumerable<Tensor> parameters, double lr, double weightDecay)
    {
        using var noGrad = no_grad();
        foreach (var p in parameters)
        {
            // Temporaries belong to the caller's dispose scope (one per training step).
            var grad = p.grad;
            if (grad is null) continue;
            var d = weightDecay != 0 ? grad.add(p, alpha: weightDecay) : grad;
            if (!_state.TryGetValue(p, out var s)) _state[p] = s = new State();
            s.Steps++;
            if (_kind == OptimizerKind.Sgd)
            {
                if (_momentum == 0)
                {
                    p.add_(d, alpha: -lr);
                    continue;
                }
                if (s.Buffer is null) s.Buffer = d.clone().DetachFromDisposeScope();
                else s.Buffer.mul_(_momentum).add_(d);
                p.add_(s.Buffer, alpha: -lr);
            }
            else
            {
                s.Buffer ??= zeros_like(p).DetachFromDisposeScope();
                s.Second ??= zeros_like(p).DetachFromDisposeScope();
                s.Buffer.mul_(Beta1).add_(d, alpha: 1 - Beta1);
                s.Second.mul_(Beta2).addcmul_(d, d, value: 1 - Beta2);
                var bias1 = 1 - Math.Pow(Beta1, s.Steps);
                var bias2 = 1 - Math.Pow(Beta2, s.Steps);
                var denom = (s.Second.sqrt() / Math.Sqrt(bias2)).add_(AdamEps);
                p.addcdiv_(s.Buffer, denom, value: -lr / bias1);
            }
        }
    }

    public void Dispose()
    {
        foreach (var s in _state.Values)
        {
            s.Buffer?.Dispose();
            s.Second?.Dispose();
        }
    }
}
