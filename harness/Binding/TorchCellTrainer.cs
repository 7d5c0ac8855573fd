using FFRepro.Harness.Planning;
using FFRepro.Harness.Provenance;
using FFRepro.Harness.Running;
using FFRepro.Model.Data;
using FFRepro.Model.Metrics;
using FFRepro.Model.Torch;
using FFRepro.Model.Training;
using TorchSharp;

namespace FFRepro.Harness.Binding;

/// <summary>Trains training units with FFRepro.Model's <see cref="FFTrainer"/> on one device, chosen once at
/// construction: one batch as one network, several (nested) as one network of the deepest depth with a classifier per depth.</summary>
public sealed class TorchCellTrainer : ICellTrainer
{
    private readonly string _recipe;
    private readonly Dataset _data;
    private readonly torch.Device _device;

    /// <summary>Resolves the device (<c>cpu</c>, <c>cuda</c>, <c>auto</c>) and loads the data set once.</summary>
    public TorchCellTrainer(string recipe, string dataset, string device)
    {
        _device = TorchRuntime.ResolveDevice(device);
        _recipe = recipe;
        _data = DatasetBinding.Load(dataset);
        Device = _device.type == DeviceType.CUDA ? "cuda" : "cpu";
        Facts = TorchFacts.Of(_device);
    }

    /// <inheritdoc />
    public string Device { get; }

    /// <inheritdoc />
    public TorchFacts Facts { get; }

    /// <inheritdoc />
    public IReadOnlyList<IReadOnlyList<RunResult>> Train(IReadOnlyList<RunBatch> batches, TrainingHooks hooks, CancellationToken ct)
    {
        var deepest = batches[^1];
        var seeds = deepest.Runs.Select(r => r.Seed).ToList();
        if (batches.Any(b => !b.Runs.Select(r => r.Seed).SequenceEqual(seeds)))
            throw new ArgumentException("batches trained together must hold the same seeds", nameof(batches));
        var recipe = TorchModelCatalog.Recipe(_recipe, deepest.Cell.Overrides);
        var depths = batches.Count > 1 ? batches.Select(b => b.Runs[0].Resolved.Depth).ToList() : null;
        var request = new TrainRequest(recipe, _data, seeds, _device, depths, hooks.Checkpoints) { Settings = TorchRuntime.Settings };
        var results = FFTrainer.Train(request, hooks.Progress is null ? null : new Inline(hooks.Progress), ct);
        return batches.Select((_, k) => (IReadOnlyList<RunResult>)results.Skip(k * seeds.Count).Take(seeds.Count).ToList()).ToList();
    }

    private sealed class Inline(Action<TrainProgress> report) : IProgress<TrainProgress>
    {
        public void Report(TrainProgress value) => report(value);
    }
}
