using FFRepro.Harness.Planning;
using FFRepro.Harness.Provenance;
using FFRepro.Harness.Running;
using FFRepro.Model.Data;
using FFRepro.Model.Metrics;
using FFRepro.Model.Torch;
using FFRepro.Model.Training;
using TorchSharp;

namespace FFRepro.Harness.Binding;

/// <summary>Trains batches with FFRepro.Model's <see cref="FFTrainer"/> on one device, chosen once at construction.</summary>
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
    public IReadOnlyList<RunResult> Train(RunBatch batch, Action<int, int>? epochDone, CancellationToken ct)
    {
        var recipe = TorchModelCatalog.Recipe(_recipe, batch.Cell.Overrides);
        var request = new TrainRequest(recipe, _data, batch.Runs.Select(r => r.Seed).ToList(), _device);
        return FFTrainer.Train(request, epochDone is null ? null : new Inline(epochDone), ct);
    }

    private sealed class Inline(Action<int, int> report) : IProgress<TrainProgress>
    {
        public void Report(TrainProgress value) => report(value.Epoch, value.Epochs);
    }
}
