using FFRepro.Harness.Design;
using Xunit;

namespace FFRepro.Specs.Harness.Design;

public sealed class GridSpecLoaderSpecs
{
    private static GridSpecException Rejects(string json, params string[] missingData) =>
        Assert.Throws<GridSpecException>(() => GridSpecLoader.Parse(json, "g.json", new FakeCatalog(missingData), checkData: true));

    [Fact]
    public void A_valid_spec_resolves_defaults()
    {
        var spec = GridSpecLoader.Parse("""{"name":"a","dataset":"mnist10k","recipe":"paper"}""", "g.json", new FakeCatalog());
        Assert.Equal(30, spec.Seeds.Count);
        Assert.Equal(Enumerable.Range(1, 30).Select(i => (long)i), spec.Seeds);
        Assert.Equal("auto", spec.Device);
        Assert.Equal(30, spec.SeedBatchSize);
        Assert.Empty(spec.Treatments);
    }

    [Fact]
    public void Malformed_json_is_reported_with_line_and_column()
    {
        var e = Rejects("{\n  \"name\": \"a\",\n  \"dataset\" \"mnist\"\n}");
        Assert.Contains("line 3", e.Message);
        Assert.Contains("column", e.Message);
    }

    [Theory]
    [InlineData("""{"name":"a","dataset":"mnist10k","recipe":"paper","speed":1}""", "speed: unknown field")]
    [InlineData("""{"name":"a","dataset":"mnist10k","recipe":"paper","treatments":{"width":[]}}""", "treatments.width: is empty")]
    [InlineData("""{"name":"a","dataset":"mnist10k","recipe":"paper","treatments":{"width":[8,16,8.0]}}""", "treatments.width[2]: duplicate value")]
    [InlineData("""{"name":"a","dataset":"cifar","recipe":"paper"}""", "dataset: 'cifar' is unknown")]
    [InlineData("""{"name":"a","dataset":"mnist10k","recipe":"hinton"}""", "recipe: 'hinton' is unknown")]
    [InlineData("""{"name":"a","dataset":"mnist10k","recipe":"paper","treatments":{"colour":[1]}}""", "treatments.colour: unknown recipe field")]
    [InlineData("""{"name":"a","dataset":"mnist10k","recipe":"paper","treatments":{"depth":[0]}}""", "treatments.depth: must be an integer")]
    [InlineData("""{"name":"a","dataset":"mnist10k","recipe":"paper","seeds":[1,1]}""", "seeds[1]: duplicate seed 1")]
    [InlineData("""{"name":"a","dataset":"mnist10k","recipe":"paper","seeds":0}""", "seeds: a count must be an integer >= 1")]
    [InlineData("""{"name":"A b","dataset":"mnist10k","recipe":"paper"}""", "name: 'A b' must match")]
    [InlineData("""{"dataset":"mnist10k","recipe":"paper"}""", "name: is required")]
    [InlineData("""{"name":"a","dataset":"mnist10k","recipe":"paper","device":"tpu"}""", "device: 'tpu' is unknown")]
    [InlineData("""{"name":"a","dataset":"mnist10k","recipe":"paper","overrides":{"depth":2},"treatments":{"depth":[1]}}""", "treatments.depth: also set in overrides")]
    [InlineData("""{"name":"a","name":"b","dataset":"mnist10k","recipe":"paper"}""", "name: given more than once")]
    public void Bad_specs_are_rejected_naming_the_field(string json, string expected)
    {
        var e = Rejects(json);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Missing_data_files_are_reported_when_checked()
    {
        var e = Rejects("""{"name":"a","dataset":"mnist","recipe":"paper"}""", "mnist");
        Assert.Contains("dataset: data set 'mnist': files not found", e.Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var e = Rejects("""{"name":"a","dataset":"mnist10k","recipe":"paper","speed":1,"seeds":0,"treatments":{"width":[]}}""");
        Assert.Equal(3, e.Errors.Count);
    }

    [Fact]
    public void Shipped_specs_are_valid()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "grids");
        var files = Directory.GetFiles(folder, "*.json").Where(f => !f.EndsWith("schema.json", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, files.Count);   // ci, smoke, paper(-epochs)(-mnist10k), dynamics-mnist, baseline-mnist
        foreach (var f in files)
            GridSpecLoader.Load(f, FFRepro.Harness.Binding.TorchModelCatalog.Instance);
    }
}
