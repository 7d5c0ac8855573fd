using System.Text.Json.Serialization;

namespace FFRepro.Harness.Results.Legacy;

/// <summary>A curve row of a per-run file of schema <c>ffrepro-run/1</c>: evaluated once per epoch, indexed by an integer epoch.</summary>
public sealed record CurveRecordV1
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
    /// <summary>0 = before training; e = after e epochs.</summary>
    [JsonPropertyName("epoch")] public int Epoch { get; init; }
    /// <summary>1-based FF layer; 0 for model-level metrics.</summary>
    [JsonPropertyName("layer")] public int Layer { get; init; }
    /// <summary>Metric name.</summary>
    [JsonPropertyName("metric")] public string Metric { get; init; } = "";
    /// <summary><c>test</c> or <c>train</c>.</summary>
    [JsonPropertyName("split")] public string Split { get; init; } = "";
    /// <summary>The value.</summary>
    [JsonPropertyName("value")] public double Value { get; init; }
}
