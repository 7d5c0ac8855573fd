using FFRepro.Harness.Planning;
using FFRepro.Model.Recipes;

namespace FFRepro.Harness.Design;

/// <summary>Checks of a structurally valid spec against what the model offers (data sets, recipes, recipe values, files).</summary>
public static class GridSpecChecks
{
    /// <summary>Every problem (data files only when <paramref name="checkData"/>) of <paramref name="spec"/> with respect to <paramref name="catalog"/>; empty when it can run.</summary>
    public static IReadOnlyList<string> AgainstCatalog(GridSpec spec, IModelCatalog catalog, bool checkData)
    {
        var errors = new List<string>();
        if (!catalog.Datasets.Contains(spec.Dataset))
            errors.Add($"dataset: '{spec.Dataset}' is unknown (known: {string.Join(", ", catalog.Datasets)})");
        else if (checkData && catalog.MissingData(spec.Dataset) is { } missing)
            errors.Add($"dataset: {missing}");
        if (!catalog.Recipes.Contains(spec.Recipe))
        {
            errors.Add($"recipe: '{spec.Recipe}' is unknown (known: {string.Join(", ", catalog.Recipes)})");
            return errors;
        }
        // Every cell must resolve; report each distinct problem once, not once per cell.
        foreach (var cell in Planner.Cells(spec))
        {
            try { catalog.Resolve(spec.Recipe, cell.Overrides); }
            catch (RecipeException e) when (!errors.Contains(e.Message)) { errors.Add(e.Message); }
            catch (RecipeException) { }
        }
        return errors;
    }
}
