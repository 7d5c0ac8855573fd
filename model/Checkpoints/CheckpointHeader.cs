using System.Text.Json.Serialization;
using FFRepro.Model.Metrics;

namespace FFRepro.Model.Checkpoints;

/// <summary>The JSON head of a checkpoint file: what training it belongs to, how far it got, the per-run bookkeeping,
/// and the layout of the tensors that follow.</summary>
internal sealed record CheckpointHeader
{
    /// <summary>Format version of the file.</summary>
    [JsonPropertyName("format")] public string Format { get; init; } = "";
    /// <summary><see cref="TrainingState.Fingerprint"/> of the training.</summary>
    [JsonPropertyName("fingerprint")] public string Fingerprint { get; init; } = "";
    /// <summary><see cref="TrainingState.Description"/> of the training.</summary>
    [JsonPropertyName("training")] public string Training { get; init; } = "";
    /// <summary>Epochs trained when the checkpoint was taken.</summary>
    [JsonPropertyName("epoch")] public int Epoch { get; init; }
    /// <summary>Training seconds spent up to the checkpoint.</summary>
    [JsonPropertyName("seconds")] public double Seconds { get; init; }
    /// <summary>Per run: divergence epoch or null.</summary>
    [JsonPropertyName("diverged_at")] public int?[] DivergedAt { get; init; } = [];
    /// <summary>Per run: epochs trained with a finite loss.</summary>
    [JsonPropertyName("completed")] public int[] Completed { get; init; } = [];
    /// <summary>Per run: the curve points so far.</summary>
    [JsonPropertyName("curves")] public List<PointMetrics>[] Curves { get; init; } = [];
    /// <summary>Per run: the running training-batch accuracy rows so far.</summary>
    [JsonPropertyName("running_accuracy")] public List<RunningFfAccuracy>[] RunningAccuracy { get; init; } = [];
    /// <summary>The tensors that follow the head, in order.</summary>
    [JsonPropertyName("tensors")] public TensorLayout[] Tensors { get; init; } = [];
}
