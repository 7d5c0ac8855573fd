using System.Text.Json;
using System.Text.Json.Nodes;
using FFRepro.Harness.Planning;
using FFRepro.Model.Recipes;

namespace FFRepro.Specs.Harness;

/// <summary>Test double of the model catalog: a recipe of four fields, canonical JSON with sorted keys. Its recipes
/// cannot be trained nested unless <see cref="Nestable"/> is set.</summary>
public sealed class FakeCatalog(params string[] missingData) : IModelCatalog
{
    /// <summary>Whether depths may be trained nested (the fake trainer gives every run its own curves either way).</summary>
    public bool Nestable { get; init; }

    private static readonly Dictionary<string, string> Defaults = new()
    {
        ["depth"] = "3", ["width"] = "1000", ["epochs"] = "4", ["lr"] = "0.001",
    };

    public IReadOnlyList<string> Datasets { get; } = ["mnist10k", "mnist", "fashion-mnist"];

    public IReadOnlyList<string> Recipes { get; } = ["paper"];

    public ResolvedRecipe Resolve(string recipe, IReadOnlyDictionary<string, JsonElement> overrides)
    {
        var node = new JsonObject { ["recipe"] = recipe };
        foreach (var (k, v) in Defaults.OrderBy(d => d.Key, StringComparer.Ordinal)) node[k] = JsonNode.Parse(v);
        foreach (var (k, v) in overrides)
        {
            if (!Defaults.ContainsKey(k)) throw new RecipeException($"overrides/treatments.{k}", "unknown recipe field");
            if (k is "depth" or "width" or "epochs" && (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var n) || n < 1))
                throw new RecipeException($"overrides/treatments.{k}", "must be an integer >= 1");
            node[k] = JsonNode.Parse(v.GetRawText());
        }
        return new ResolvedRecipe(node.ToJsonString(), (int)node["depth"]!, (int)node["width"]!, (int)node["epochs"]!,
            Nestable ? null : "the fake recipe is not nestable");
    }

    public string? MissingData(string dataset) =>
        missingData.Contains(dataset) ? $"data set '{dataset}': files not found in data/{dataset}" : null;
}
