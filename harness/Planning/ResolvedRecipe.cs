namespace FFRepro.Harness.Planning;

/// <summary>A recipe with every field resolved, as planning and storage see it.</summary>
/// <param name="Canonical">Canonical JSON of every resolved field; the run id hashes it.</param>
/// <param name="Depth">Hidden layers.</param>
/// <param name="Width">Units per hidden layer.</param>
/// <param name="Epochs">Training epochs.</param>
/// <param name="NestingProblem">Why networks of this recipe cannot be trained nested (one network of the deepest depth
/// for every depth); null when they can.</param>
public sealed record ResolvedRecipe(string Canonical, int Depth, int Width, int Epochs, string? NestingProblem = null);
