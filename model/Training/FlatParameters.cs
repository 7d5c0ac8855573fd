using TorchSharp;
using static TorchSharp.torch;

namespace FFRepro.Model.Training;

/// <summary>
/// Trainable tensors stored back to back in one flat tensor <see cref="Values"/>, their gradients likewise in
/// <see cref="Grads"/>, in consecutive blocks (one block per layer). Each parameter is a leaf view of
/// <see cref="Values"/> whose <c>grad</c> is the matching view of <see cref="Grads"/>, so autograd accumulates into
/// the flat buffer and the optimizer updates a run of blocks with one chain of element-wise operations instead of one
/// chain per tensor: the step is launch-bound on GPUs. Element-wise updates give the same bits on a slice of a flat
/// tensor as on a separate tensor, so this changes no result.
/// </summary>
internal sealed class FlatParameters : IDisposable
{
    private readonly long[] _offsets;   // _offsets[b] = start of block b; _offsets[^1] = total length

    /// <summary>Every parameter value, block after block, [N].</summary>
    public Tensor Values { get; }

    /// <summary>The gradient of every parameter in the layout of <see cref="Values"/>, [N]; zero between steps.</summary>
    public Tensor Grads { get; }

    /// <summary>Block b's parameters: leaf views of <see cref="Values"/> that require grad, shaped as given.</summary>
    public IReadOnlyList<Tensor[]> Blocks { get; }

    public int BlockCount => Blocks.Count;

    /// <summary>Copies <paramref name="initial"/> (per block, any shapes) into one flat tensor on <paramref name="device"/>.</summary>
    public FlatParameters(IReadOnlyList<Tensor[]> initial, Device device)
    {
        _offsets = new long[initial.Count + 1];
        for (var b = 0; b < initial.Count; b++) _offsets[b + 1] = _offsets[b] + initial[b].Sum(t => t.numel());
        Values = zeros(_offsets[^1], device: device).DetachFromDisposeScope();
        Grads = zeros(_offsets[^1], device: device).DetachFromDisposeScope();
        var blocks = new Tensor[initial.Count][];
        for (var b = 0; b < initial.Count; b++)
        {
            var at = _offsets[b];
            blocks[b] = new Tensor[initial[b].Length];
            for (var i = 0; i < initial[b].Length; i++)
            {
                var source = initial[b][i];
                var n = source.numel();
                using var values = Values.narrow(0, at, n);
                using var grads = Grads.narrow(0, at, n);
                using var gradView = grads.view(source.shape);
                using (no_grad())
                using (var flatSource = source.reshape(-1)) values.copy_(flatSource);
                var p = values.view(source.shape).requires_grad_(true).DetachFromDisposeScope();
                p.grad = gradView;   // autograd now adds into Grads in place instead of allocating a gradient
                blocks[b][i] = p;
                at += n;
            }
        }
        Blocks = blocks;
    }

    /// <summary>Start of block <paramref name="block"/> in the flat layout.</summary>
    public long Start(int block) => _offsets[block];

    /// <summary>Elements of blocks <paramref name="first"/>..<paramref name="last"/> (inclusive), which are contiguous.</summary>
    public long Length(int first, int last) => _offsets[last + 1] - _offsets[first];

    /// <summary>Sets the gradients of blocks <paramref name="first"/>..<paramref name="last"/> to zero.</summary>
    public void ZeroGrads(int first, int last)
    {
        using var slice = Grads.narrow(0, Start(first), Length(first, last));
        slice.zero_();
    }

    public void Dispose()
    {
        foreach (var p in Blocks.SelectMany(b => b)) p.Dispose();
        Values.Dispose();
        Grads.Dispose();
    }
}
