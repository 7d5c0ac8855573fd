using System.Text.Json;
using FFRepro.Harness.Planning;
using FFRepro.Model.Recipes;
using FFRepro.Model.Training;

namespace FFRepro.Harness.Binding;

/// <summary>The model's recipes and data sets, as planning sees them.</summary>
public sealed class TorchModelCatalog : IModelCatalog
{
    /// <summary>The catalog of the shipped model.</summary>
    public static readonly TorchModelCatalog Instance = new();

    /// <inheritdoc />
    public IReadOnlyList<string> Datasets => DatasetBinding.Names;

    /// <inheritdoc />
    public IReadOnlyList<string> Recipes => RecipePresets.Names;

    /// <inheritdoc />
    public ResolvedRecipe Resolve(string recipe, IReadOnlyDictionary<string, JsonElement> changes)
    {
        var r = Recipe(recipe, changes);
        return new ResolvedRecipe(RecipeJson.Canonical(r), r.Depth, r.Width, r.Epochs, NestedDepths.Problem(r));
    }

    /// <inheritdoc />
    public string? MissingData(string dataset) => DatasetBinding.Missing(dataset);

    /// <summary>The model recipe; throws <see cref="RecipeException"/> naming the field (as a spec names it) when it cannot be built.</summary>
    public static Recipe Recipe(string recipe, IReadOnlyDictionary<string, JsonElement> overrides)
    {
        try
        {
            return RecipeOverrides.Apply(RecipePresets.Get(recipe), overrides);
        }
        catch (RecipeException e)
        {
            if (e.Field == "recipe") throw;
            throw new RecipeException($"overrides/treatments.{e.Field}", e.Problem);
        }
    }
}
