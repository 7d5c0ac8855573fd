using System.Text.Json;
using FFRepro.Model.Recipes;
using Xunit;

namespace FFRepro.Specs.Model.Recipes;

public sealed class RecipeValidationSpecs
{
    public static IEnumerable<object[]> Invalid() =>
    [
        ["depth", "0"], ["depth", "-2"], ["width", "0"], ["epochs", "0"], ["batch_size", "-1"], ["lr", "0"], ["lr", "-0.1"],
        ["momentum", "1"], ["weight_decay", "-1"], ["peer_norm_weight", "-0.5"], ["peer_norm_momentum", "1.5"],
        ["eval_every", "0"], ["eval_samples", "-3"], ["schedule", "\"sideways\""], ["negatives", "\"random\""],
        ["norm", "\"batch\""], ["depth", "\"three\""], ["no_such_field", "1"],
    ];

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Each_invalid_field_is_rejected_with_its_name(string field, string json)
    {
        var overrides = new Dictionary<string, JsonElement> { [field] = JsonDocument.Parse(json).RootElement };
        var e = Assert.Throws<RecipeException>(() => RecipeOverrides.Apply(RecipePresets.Paper, overrides));
        Assert.Equal(field, e.Field);
        Assert.StartsWith(field + ":", e.Message);
    }

    [Fact]
    public void The_presets_are_valid_and_known_by_name()
    {
        Assert.Empty(RecipePresets.Paper.Validate());
        Assert.Empty(RecipePresets.Pezeshki.Validate());
        Assert.Same(RecipePresets.Paper, RecipePresets.Get("paper"));
        Assert.Equal("recipe", Assert.Throws<RecipeException>(() => RecipePresets.Get("hinton")).Field);
    }

    [Fact]
    public void A_batch_larger_than_the_data_is_rejected_before_training() =>
        Assert.Equal("batch_size", Assert.Throws<RecipeException>(() => RecipeValidator.ThrowIfIncompatible(RecipePresets.Paper with { BatchSize = 500 }, 200)).Field);

    [Fact]
    public void Overrides_change_only_the_named_fields()
    {
        var r = RecipeOverrides.Apply(RecipePresets.Paper, new Dictionary<string, JsonElement>
        {
            ["width"] = JsonDocument.Parse("64").RootElement,
            ["schedule"] = JsonDocument.Parse("\"greedy\"").RootElement,
            ["epochs"] = JsonDocument.Parse("6").RootElement,
        });
        Assert.Equal(RecipePresets.Paper with { Width = 64, Schedule = Schedule.Greedy, Epochs = 6 }, r);
    }
}
