using System.Text.Json.Serialization;
using FFRepro.Stats.Data;

namespace FFRepro.Harness.Results;

/// <summary>One row of <c>curves.parquet</c> (tidy, long): one metric of one layer of one run at one evaluation point on one split.</summary>
public sealed record CurveRecord
{
    /// <summary>Run id.</summary>
    [JsonPropertyName("run_id")] public string RunId { get; init; } = "";
    /// <summary>Treatment label.</summary>
    [JsonPropertyName("treatment")] public string Treatment { get; init; } = "";
    /// <summary>Hidden layers.</summary>
    [JsonPropertyName("depth")] public int Depth { get; init; }
    /// <summary>Units per hidden layer.</summary>
    [JsonPropertyName("width")] public int Width { get; init; }
    /// <summary>Planned epochs.</summary>
    [JsonPropertyName("epochs")] public int Epochs { get; init; }
    /// <summary>Run seed.</summary>
    [JsonPropertyName("seed")] public long Seed { get; init; }
    /// <summary>Optimizer steps (mini-batch update rounds) done at this point; 0 = before training.</summary>
    [JsonPropertyName("step")] public long Step { get; init; }
    /// <summary>Fractional epoch: <see cref="Step"/> / the run's steps per epoch (an integer at epoch ends).</summary>
    [JsonPropertyName("epoch")] public double Epoch { get; init; }
    /// <summary>Positive training images seen per seed: <see cref="Step"/> x the batch size.</summary>
    [JsonPropertyName("samples_seen")] public long SamplesSeen { get; init; }
    /// <summary>1-based FF layer; 0 for model-level metrics.</summary>
    [JsonPropertyName("layer")] public int Layer { get; init; }
    /// <summary>One of <see cref="MetricNames.All"/>.</summary>
    [JsonPropertyName("metric")] public string Metric { get; init; } = "";
    /// <summary><c>test</c> or <c>train</c>.</summary>
    [JsonPropertyName("split")] public string Split { get; init; } = "";
    /// <summary>The value; NaN where the recipe does not define the metric (e.g. no classifier).</summary>
    [JsonPropertyName("value")] public double Value { get; init; }
}
