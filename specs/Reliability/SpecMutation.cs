using System.Text.Json.Nodes;

namespace FFRepro.Specs.Reliability;

/// <summary>One defect put into a valid grid spec, and the field the rejection must name.</summary>
/// <param name="Kind">drop, wrong-type, empty-values, duplicate-value, axis-not-a-list or unknown-field.</param>
/// <param name="Field">The top-level field, or the treatment axis for the treatment kinds.</param>
/// <param name="Value">JSON of the wrong value (wrong-type, axis-not-a-list).</param>
public sealed record SpecMutation(string Kind, string Field, string Value)
{
    /// <summary>What the error message must contain.</summary>
    public string Expected => Kind is "empty-values" or "duplicate-value" or "axis-not-a-list" ? "treatments." + Field : Field;

    /// <summary>The spec <paramref name="valid"/> with this defect.</summary>
    public string Apply(string valid)
    {
        var spec = JsonNode.Parse(valid)!.AsObject();
        var treatments = spec["treatments"]!.AsObject();
        switch (Kind)
        {
            case "drop": spec.Remove(Field); break;
            case "wrong-type": spec[Field] = JsonNode.Parse(Value); break;
            case "empty-values": treatments[Field] = new JsonArray(); break;
            case "duplicate-value":
                var values = treatments[Field]!.AsArray();
                values.Add(values[0]!.DeepClone());
                break;
            case "axis-not-a-list": treatments[Field] = JsonNode.Parse(Value); break;
            case "unknown-field": spec[Field] = JsonNode.Parse(Value); break;
            default: throw new ArgumentException($"unknown mutation kind '{Kind}'");
        }
        return spec.ToJsonString();
    }

    public override string ToString() => $"{Kind} {Field} {Value}";
}
