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
    public static string? Expected(string field) => Types.TryGetValue(field, out var type) ? Describe(type) : null;

    private static string Describe(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner) return Describe(inner) + " or null";
        if (type == typeof(int) || type == typeof(long)) return "a whole number";
        if (type == typeof(double) || type == typeof(float)) return "a number";
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(string)) return "text";
        if (type.IsEnum)
            return "one of " + string.Join(", ", Enum.GetNames(type).Select(n => $"\"{JsonNamingPolicy.SnakeCaseLower.ConvertName(n)}\""));
        return "a value of another kind";
    }
}
