using TorchSharp;
using static TorchSharp.torch;

namespace FFRepro.Model.Training;

/// <summary>
/// Trainable tensors stored back to back in one flat tensor <see cref="Values"/>, in consecutive blocks (one block per
/// layer). Each parameter is a leaf view of <see cref="Values"/>, so the optimizer updates a run of blocks with one
/// chain of element-wise operations instead of one chain per tensor: small networks' steps are launch-bound on GPUs.
/// Gradients are left to autograd (it hands each parameter its freshly computed gradient without a copy) and, for such
/// a flat update, gathered into the flat layout with one concatenation (<see cref="BatchedOptimizer.GatherLimit"/>).
/// Element-wise updates give the same bits on a slice of a flat tensor as on a separate tensor, so this changes no result.
/// </summary>
internal sealed class FlatParameters : IDisposable
{
    private readonly long[] _offsets;   // _offsets[b] = start of block b; _offsets[^1] = total length
    private readonly long[][] _starts;  // _starts[b][i] = start of block b's parameter i

    /// <summary>Every parameter value, block after block, [N].</summary>
    public Tensor Values { get; }

    /// <summary>Block b's parameters: leaf views of <see cref="Values"/> that require grad, shaped as given.</summary>
    public IReadOnlyList<Tensor[]> Blocks { get; }

    public int BlockCount => Blocks.Count;

    /// <summary>Copies <paramref name="initial"/> (per block, any shapes) into one flat tensor on <paramref name="device"/>.</summary>
    public FlatParameters(IReadOnlyList<Tensor[]> initial, Device device)
    {
        _offsets = new long[initial.Count + 1];
        for (var b = 0; b < initial.Count; b++) _offsets[b + 1] = _offsets[b] + initial[b].Sum(t => t.numel());
        Values = zeros(_offsets[^1], device: device).DetachFromDisposeScope();
        var blocks = new Tensor[initial.Count][];
        _starts = new long[initial.Count][];
        for (var b = 0; b < initial.Count; b++)
        {
            var at = _offsets[b];
            blocks[b] = new Tensor[initial[b].Length];
            _starts[b] = new long[initial[b].Length];
            for (var i = 0; i < initial[b].Length; i++)
            {
                var source = initial[b][i];
                var n = source.numel();
                using var values = Values.narrow(0, at, n);
                using (no_grad())
                using (var flatSource = source.reshape(-1)) values.copy_(flatSource);
                blocks[b][i] = values.view(source.shape).requires_grad_(true).DetachFromDisposeScope();
                _starts[b][i] = at;
                at += n;
            }
        }
        Blocks = blocks;
    }

    /// <summary>Start of block <paramref name="block"/> in the flat layout.</summary>
    public long Start(int block) => _offsets[block];

    /// <summary>Start of parameter <paramref name="index"/> of block <paramref name="block"/> in the flat layout.</summary>
    public long Start(int block, int index) => _starts[block][index];

    /// <summary>Elements of blocks <paramref name="first"/>..<paramref name="last"/> (inclusive), which are contiguous.</summary>
    public long Length(int first, int last) => _offsets[last + 1] - _offsets[first];

    /// <summary>The gradient autograd left on <paramref name="parameter"/>, flattened; it must have one.</summary>
    public static Tensor GradOf(Tensor parameter) =>
        (parameter.grad ?? throw new InvalidOperationException("a trained parameter has no gradient: it took no part in the loss")).reshape(-1);

    /// <summary>
    /// The gradients of blocks <paramref name="first"/>..<paramref name="last"/> in the flat layout, [Length(first, last)],
    /// in the caller's dispose scope. Every parameter of those blocks must have one.
    /// </summary>
    public Tensor GatherGrads(int first, int last)
    {
        var grads = new List<Tensor>();
        for (var b = first; b <= last; b++)
            foreach (var p in Blocks[b])
                grads.Add(GradOf(p));
        return grads.Count == 1 ? grads[0] : cat(grads);
    }

    /// <summary>Drops the gradients of blocks <paramref name="first"/>..<paramref name="last"/> (torch's zero_grad(set_to_none=True)),
    /// so the next backward pass hands over its gradients instead of adding into zeroed ones.</summary>
    public void ClearGrads(int first, int last)
    {
        for (var b = first; b <= last; b++)
            foreach (var p in Blocks[b])
                p.grad = null;
    }

    public void Dispose()
    {
        foreach (var p in Blocks.SelectMany(b => b)) p.Dispose();
        Values.Dispose();
    }
}
