using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace FFRepro.Model.Recipes;

/// <summary>JSON form of recipes: snake_case names and enum values, fields in declaration order.</summary>
public static class RecipeJson
{
    /// <summary>Serializer options every recipe JSON uses (enums as snake_case strings).</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
        WriteIndented = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>
    /// Canonical JSON of every resolved field (threshold null stays null). Two recipes that train and evaluate
    /// identically have the same canonical form; run ids hash it. <c>eval_schedule</c> is written in its canonical text
    /// (<see cref="EvaluationSchedule.ToString"/>) and left out when it is <c>epochs</c>, the behaviour of every run
    /// recorded before the field existed, so those runs keep their ids.
    /// </summary>
    public static string Canonical(Recipe r)
    {
        var node = JsonNode.Parse(Full(r))!.AsObject();
        if (EvaluationSchedule.TryParse(r.EvalSchedule, out var schedule, out _))
        {
            var text = schedule.ToString();
            if (text == EvaluationSchedule.EpochsText) node.Remove(ScheduleField);
            else node[ScheduleField] = text;
        }
        return node.ToJsonString(Options);
    }

    /// <summary>JSON of every field as it is, <c>eval_schedule</c> included (the form overrides are applied to).</summary>
    public static string Full(Recipe r) => JsonSerializer.Serialize(r, Options);

    private const string ScheduleField = "eval_schedule";

    /// <summary>Parses a full recipe (every field present).</summary>
    public static Recipe Parse(string json) =>
        JsonSerializer.Deserialize<Recipe>(json, Options) ?? throw new RecipeException("recipe", "JSON is null.");

    /// <summary>The snake_case names of every recipe field, in declaration order.</summary>
    public static IReadOnlyList<string> FieldNames { get; } = typeof(Recipe).GetProperties()
        .Select(p => p.GetCustomAttributes(typeof(JsonPropertyNameAttribute), false).OfType<JsonPropertyNameAttribute>().FirstOrDefault()?.Name)
        .OfType<string>()
        .ToArray();
}
