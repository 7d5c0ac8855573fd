using System.Text.Json;

namespace FFRepro.Harness.Planning;

/// <summary>
/// What planning needs from the model: known data sets and recipes, and resolution of a recipe with overrides.
/// The production implementation binds to FFRepro.Model; specs use a fake.
/// </summary>
public interface IModelCatalog
{
    /// <summary>Registry names of the data sets.</summary>
    IReadOnlyList<string> Datasets { get; }

    /// <summary>Names of the recipe presets.</summary>
    IReadOnlyList<string> Recipes { get; }

    /// <summary>Applies snake_case <paramref name="changes"/> to the preset; throws <see cref="Model.Recipes.RecipeException"/>
    /// whose message names the offending field when a field is unknown or a value is invalid.</summary>
    ResolvedRecipe Resolve(string recipe, IReadOnlyDictionary<string, JsonElement> changes);

    /// <summary>Null when the data set's files are present, else a message saying what is missing and how to get it.</summary>
    string? MissingData(string dataset);
}
