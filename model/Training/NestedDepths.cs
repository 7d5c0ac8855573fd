using FFRepro.Model.Recipes;

namespace FFRepro.Model.Training;

/// <summary>
/// Nested training: one network of depth D, with one classifier per run depth, stands in for the networks of several
/// depths L &lt;= D with the same seed and every other field equal. It is exact (bit for bit) when every layer learns
/// from its own detached input on every batch and draws nothing that depends on the depth: layer l's initialization,
/// data order, negatives, forward pass, loss, peer-normalization mean and update are then the same in every network
/// that has a layer l, and the classifier of depth L reads only layers up to L. Per run depth the trainer keeps what
/// is not shared: the classifier, its loss, the summed loss that detects divergence (layers 1..L plus that classifier,
/// added in the same order as a depth-L network adds them) and the model-level metrics.
/// </summary>
public static class NestedDepths
{
    /// <summary>Null when networks of <paramref name="recipe"/>'s kind can be trained nested; else why not.</summary>
    public static string? Problem(Recipe recipe) => recipe.Schedule switch
    {
        Schedule.Simultaneous => null,
        Schedule.Greedy => "the greedy schedule gives each layer epochs / depth epochs, so every layer's training depends on the depth",
        _ => "the interleaved schedule takes one step per layer and batch, and the classifier and the summed loss take part in each, so they depend on the depth",
    };

    /// <summary>
    /// Throws <see cref="ArgumentException"/> unless <paramref name="depths"/> are distinct, ascending, between 1 and
    /// <paramref name="recipe"/>'s depth with the deepest equal to it, and (for more than one depth) the recipe can be nested.
    /// </summary>
    public static void ThrowIfInvalid(Recipe recipe, IReadOnlyList<int> depths)
    {
        if (depths.Count == 0) throw new ArgumentException("at least one run depth is needed.", nameof(depths));
        for (var i = 0; i < depths.Count; i++)
            if (depths[i] < 1 || (i > 0 && depths[i] <= depths[i - 1]))
                throw new ArgumentException($"run depths must be distinct, ascending and >= 1 (got {string.Join(", ", depths)}).", nameof(depths));
        if (depths[^1] != recipe.Depth)
            throw new ArgumentException($"the deepest run depth ({depths[^1]}) must be the trained depth ({recipe.Depth}).", nameof(depths));
        if (depths.Count > 1 && Problem(recipe) is { } problem)
            throw new ArgumentException($"depths {string.Join(", ", depths)} cannot be trained nested: {problem}.", nameof(depths));
    }
}
