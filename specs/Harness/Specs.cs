using FFRepro.Harness.Design;

namespace FFRepro.Specs.Harness;

/// <summary>Grid specs used across the harness specs.</summary>
public static class Specs
{
    public const string Small = """
        {
          "name": "small",
          "dataset": "mnist10k",
          "recipe": "paper",
          "overrides": { "lr": 0.01 },
          "treatments": { "depth": [1, 2], "width": [8, 16, 32] },
          "seeds": 8,
          "device": "cpu",
          "seed_batch_size": 3
        }
        """;

    public static GridSpec Parse(string json) => GridSpecLoader.Parse(json, "spec.json", new FakeCatalog());
}
