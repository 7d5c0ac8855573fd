using System.Text.Json.Serialization;

namespace FFRepro.Harness.Results;

/// <summary>One row of <c>runs.parquet</c>: a run's configuration, outcome and timing. Column names are the
/// JSON names below; the schema is guarded by a snapshot spec.</summary>
public sealed record RunRecord
{
    /// <summary>Stable run id (16 hex digits).</summary>
    [JsonPropertyName("run_id")] public string RunId { get; init; } = "";
    /// <summary>Grid the run was produced by.</summary>
    [JsonPropertyName("grid")] public string Grid { get; init; } = "";
    /// <summary>Data set registry name.</summary>
    [JsonPropertyName("dataset")] public string Dataset { get; init; } = "";
    /// <summary>Recipe preset name.</summary>
    [JsonPropertyName("recipe")] public string Recipe { get; init; } = "";
    /// <summary>Treatment label, e.g. <c>depth=2,width=100</c>.</summary>
    [JsonPropertyName("treatment")] public string Treatment { get; init; } = "";
    /// <summary>Treatment values as a JSON object (every treated field, including any recipe field).</summary>
    [JsonPropertyName("treatment_json")] public string TreatmentJson { get; init; } = "{}";
    /// <summary>Resolved hidden layers.</summary>
    [JsonPropertyName("depth")] public int Depth { get; init; }
    /// <summary>Resolved units per hidden layer.</summary>
    [JsonPropertyName("width")] public int Width { get; init; }
    /// <summary>Resolved planned epochs.</summary>
    [JsonPropertyName("epochs")] public int Epochs { get; init; }
    /// <summary>Optimizer steps (mini-batches) per epoch on the run's data; 0 when the run failed before training.</summary>
    [JsonPropertyName("steps_per_epoch")] public int StepsPerEpoch { get; init; }
    /// <summary>Run seed.</summary>
    [JsonPropertyName("seed")] public long Seed { get; init; }
    /// <summary>Device the run trained on (<c>cpu</c>, <c>cuda</c>).</summary>
    [JsonPropertyName("device")] public string Device { get; init; } = "";
    /// <summary>Native torch backend (<c>cpu</c>, <c>cuda</c>, <c>external</c>).</summary>
    [JsonPropertyName("backend")] public string Backend { get; init; } = "";
    /// <summary><c>ok</c>, <c>diverged</c> or <c>failed</c>.</summary>
    [JsonPropertyName("status")] public string Status { get; init; } = "";
    /// <summary>Epochs fully trained.</summary>
    [JsonPropertyName("epochs_completed")] public int EpochsCompleted { get; init; }
    /// <summary>Epoch in which a loss became non-finite; null unless diverged.</summary>
    [JsonPropertyName("diverged_at_epoch")] public int? DivergedAtEpoch { get; init; }
    /// <summary>Classifier accuracy on the test split at the last recorded epoch; null when none was recorded.</summary>
    [JsonPropertyName("final_classifier_accuracy")] public double? FinalClassifierAccuracy { get; init; }
    /// <summary>Goodness (10-class) accuracy on the test split at the last recorded epoch; null when none was recorded.</summary>
    [JsonPropertyName("final_goodness_accuracy")] public double? FinalGoodnessAccuracy { get; init; }
    /// <summary>Wall time of the run in seconds (its share of a batched seed group).</summary>
    [JsonPropertyName("wall_seconds")] public double WallSeconds { get; init; }
    /// <summary>When its batch started training (UTC).</summary>
    [JsonPropertyName("started_utc")] public DateTime StartedUtc { get; init; }
    /// <summary>When its batch finished training (UTC).</summary>
    [JsonPropertyName("finished_utc")] public DateTime FinishedUtc { get; init; }
    /// <summary>Failure message for failed runs, else empty.</summary>
    [JsonPropertyName("error")] public string Error { get; init; } = "";
    /// <summary>Canonical JSON of the resolved recipe.</summary>
    [JsonPropertyName("recipe_json")] public string RecipeJson { get; init; } = "";
}
