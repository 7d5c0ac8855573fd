using System.Text.Json;
using System.Text.Json.Nodes;

namespace FFRepro.Model.Recipes;

/// <summary>Changes named fields of a recipe, as grid specs do.</summary>
public static class RecipeOverrides
{
    /// <summary>
    /// Returns <paramref name="recipe"/> with each field in <paramref name="overrides"/> (snake_case name to JSON value)
    /// replaced. Unknown fields and values of the wrong type throw <see cref="RecipeException"/> naming the field;
    /// the result is validated.
    /// </summary>
    public static Recipe Apply(Recipe recipe, IReadOnlyDictionary<string, JsonElement> overrides)
    {
        if (overrides.Count == 0) return recipe;
        var node = JsonNode.Parse(RecipeJson.Full(recipe))!.AsObject();
        foreach (var (field, value) in overrides)
        {
            if (field == "recipe")
                throw new RecipeException(field, "choose the recipe with the grid's \"recipe\" entry, not as an override.");
            if (!RecipeJson.FieldNames.Contains(field))
                throw new RecipeException(field, $"unknown recipe field; known: {string.Join(", ", RecipeJson.FieldNames)}.");
            node[field] = JsonNode.Parse(value.GetRawText());
            try
            {
                JsonSerializer.Deserialize<Recipe>(node.ToJsonString(), RecipeJson.Options);
            }
            catch (JsonException)
            {
                // The serializer's message names .NET types (System.Int32); say what the field takes instead.
                throw new RecipeException(field, $"value {value.GetRawText()} is not valid here; expected {RecipeFieldTypes.Expected(field)}.");
            }
        }

        var result = RecipeJson.Parse(node.ToJsonString());
        RecipeValidator.ThrowIfInvalid(result);
        return result;
    }
}
