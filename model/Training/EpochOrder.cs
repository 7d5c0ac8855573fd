using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace FFRepro.Model.Training;

/// <summary>
/// Each seed's data order and negative labels, drawn on the CPU from the seed's own generator (so CPU and CUDA
/// runs see the same draws) and moved to the device once per epoch.
/// </summary>
internal sealed class EpochOrder : IDisposable
{
    private readonly Recipe _recipe;
    private readonly DeviceData _data;
    private readonly Generator[] _generators;
    private readonly Device _device;
    private Tensor? _order;      // [Batches, S, B] sample indices in this epoch's order, batch-major so a batch is contiguous
    private Tensor? _negatives;  // [S, N] negative label of each sample id

    public int BatchSize { get; }
    public int Batches { get; }

    public EpochOrder(Recipe recipe, DeviceData data, IReadOnlyList<long> seeds)
    {
        _recipe = recipe;
        _data = data;
        _device = data.Images.device;
        _generators = seeds.Select(s => new Generator(SeedStreams.Derive(s, SeedStreams.Data))).ToArray();
        BatchSize = recipe.SamplesPerStep(data.Count);
        Batches = recipe.StepsPerEpoch(data.Count);
    }

    /// <summary>Draws this epoch's order (full batch: the stored order) and, when the recipe asks or on first use, negatives.</summary>
    public void Shuffle()
    {
        if (_recipe.BatchSize != 0 || _order is null)
        {
            var rows = _generators.Select(g => _recipe.BatchSize == 0
                ? ScalarOps.Range(_data.Count, ScalarType.Int64)
                : randperm(_data.Count, generator: g)).ToArray();
            Replace(ref _order, rows);
            // Batch-major once per epoch, so each step's index tensor is a contiguous view (one kernel fewer per step).
            using (var scope = NewDisposeScope())
            {
                var batchMajor = _order!.narrow(1, 0, (long)Batches * BatchSize).reshape(rows.Length, Batches, BatchSize)
                    .permute(1, 0, 2).contiguous().DetachFromDisposeScope();
                _order.Dispose();
                _order = batchMajor;
            }
        }
        if (_recipe.ResampleNegatives || _negatives is null)
        {
            var rows = _generators.Select(g => NegativeLabels.Draw(_data.LabelsHost, _recipe.Negatives, g)).ToArray();
            Replace(ref _negatives, rows);
        }
    }

    /// <summary>Each seed's data generator (checkpoints save and restore their positions).</summary>
    public IReadOnlyList<Generator> Generators => _generators;

    /// <summary>Whether the negatives are drawn once for the whole run (the recipe does not redraw them each epoch); a
    /// checkpoint must then keep them (<see cref="FixedNegatives"/>): they cannot be drawn again.</summary>
    public bool NegativesFixed => !_recipe.ResampleNegatives;

    /// <summary>The negatives drawn by the first <see cref="Shuffle"/>, [S, N] (null before it).</summary>
    public Tensor? FixedNegatives => _negatives;

    /// <summary>Shape of <see cref="FixedNegatives"/>: one label per seed and training image.</summary>
    public long[] NegativesShape => [_generators.Length, _data.Count];

    /// <summary>Restores <see cref="FixedNegatives"/> from a checkpoint (host tensor [S, N]).</summary>
    public void SetFixedNegatives(Tensor negatives)
    {
        var next = negatives.to(_device).DetachFromDisposeScope();
        _negatives?.Dispose();
        _negatives = next;
    }

    /// <summary>Sample indices of batch <paramref name="b"/> of this epoch, [S, B] (trace export).</summary>
    internal Tensor Indices(int b) => _order![b];

    /// <summary>Batch <paramref name="b"/>: pixels [S, B, F], true labels [S, B], negative labels [S, B].</summary>
    public (Tensor X, Tensor Positive, Tensor Negative) Batch(int b)
    {
        var idx = _order![b];                                               // [S, B]
        var flat = idx.reshape(-1);
        var x = _data.Images.index_select(0, flat).view(idx.shape[0], BatchSize, _data.Features);
        var pos = _data.Labels.index_select(0, flat).view(idx.shape[0], BatchSize);
        var neg = _negatives!.gather(1, idx);
        return (x, pos, neg);
    }

    private void Replace(ref Tensor? target, Tensor[] rows)
    {
        var next = stack(rows).to(_device).DetachFromDisposeScope();
        foreach (var r in rows) r.Dispose();
        target?.Dispose();
        target = next;
    }

    public void Dispose()
    {
        _order?.Dispose();
        _negatives?.Dispose();
        foreach (var g in _generators) g.Dispose();
    }
}
