namespace FFRepro.Model.Recipes;

/// <summary>A recipe field has a bad value or does not exist. <see cref="Field"/> names it.</summary>
public sealed class RecipeException(string field, string message) : ModelInputException($"{field}: {message}")
{
    /// <summary>The snake_case name of the offending field.</summary>
    public string Field { get; } = field;

    /// <summary>What is wrong with the field (the message without the field name).</summary>
    public string Problem { get; } = message;
}
