using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FFRepro.Model.Recipes;

/// <summary>What each recipe field takes, in the words of a grid spec's author rather than of .NET types.</summary>
public static class RecipeFieldTypes
{
    private static readonly Dictionary<string, Type> Types = typeof(Recipe).GetProperties()
        .Select(p => (Name: p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name, p.PropertyType))
        .Where(p => p.Name is not null)
        .ToDictionary(p => p.Name!, p => p.PropertyType, StringComparer.Ordinal);

    /// <summary>The value <paramref name="field"/> takes, e.g. "a whole number", "a number or null", "true or false",
    /// "text", or "one of "layer", "none"" for a choice; null for an unknown field.</summary>
    public static string? Expected(string field) => Types.TryGetValue(field, out var type) ? Kind(type) ?? "a value of another kind" : null;

    /// <summary>What a value of <paramref name="type"/> is called in a spec or on a command line ("a whole number",
    /// "a number or null", ...); null for a type without such a name.</summary>
    public static string? Kind(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (Nullable.GetUnderlyingType(type) is { } inner) return Kind(inner) is { } kind ? kind + " or null" : null;
        if (type == typeof(int) || type == typeof(long)) return "a whole number";
        if (type == typeof(double) || type == typeof(float)) return "a number";
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(string)) return "text";
        if (type.IsEnum)
            return "one of " + string.Join(", ", Enum.GetNames(type).Select(n => $"\"{JsonNamingPolicy.SnakeCaseLower.ConvertName(n)}\""));
        return null;
    }
}
