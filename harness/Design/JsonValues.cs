using System.Globalization;
using System.Text.Json;

namespace FFRepro.Harness.Design;

/// <summary>Canonical text of scalar JSON values, so that <c>1</c>, <c>1.0</c> and <c>1e0</c> are one treatment value.</summary>
public static class JsonValues
{
    /// <summary>A key equal for equal scalar values: numbers by value (round-trip format), others by raw JSON.</summary>
    public static string Key(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        _ => value.GetRawText(),
    };

    /// <summary>Human label of a scalar value: numbers as written canonically, strings unquoted.</summary>
    public static string Label(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        _ => Key(value),
    };
}
