using FFRepro.Model.Recipes;

namespace FFRepro.Model.Trace;

/// <summary>
/// One run to trace step by step: the <c>paper</c> recipe at a shape, one seed, its first <see cref="Steps"/> steps
/// (all of <see cref="Epochs"/> epochs when 0). The recipe's epoch count is <see cref="Epochs"/>, so the cool-down
/// of a multi-epoch case is the one a run of that length has.
/// </summary>
/// <param name="Depth">Hidden layers.</param>
/// <param name="Width">Units per layer.</param>
/// <param name="Seed">Run seed (initialization, data order and negatives are drawn from it as in a grid run).</param>
/// <param name="Epochs">Epochs of the run (the recipe's <c>epochs</c>).</param>
/// <param name="Steps">Steps traced; 0 = every step of every epoch. The epoch-end evaluation runs only when the run is complete.</param>
/// <param name="Dataset">Registered data set name.</param>
public sealed record TraceCase(int Depth, int Width, long Seed, int Epochs, int Steps, string Dataset)
{
    /// <summary>The resolved recipe of the run.</summary>
    public Recipe Recipe => RecipePresets.Paper with { Depth = Depth, Width = Width, Epochs = Epochs };

    /// <summary>Every invalid field, each named as its command-line option; empty when the case can run.</summary>
    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (Depth < 2) errors.Add($"--shape: depth must be >= 2 (the loeweX classifier reads layers 2..L), got {Depth}");
        if (Width < 1) errors.Add($"--shape: width must be >= 1, got {Width}");
        if (Epochs < 1) errors.Add($"--epochs must be >= 1, got {Epochs}");
        if (Steps < 0) errors.Add($"--steps must be >= 0, got {Steps}");
        errors.AddRange(Recipe.Validate().Select(e => "recipe: " + e));
        return errors;
    }
}
