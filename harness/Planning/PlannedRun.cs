namespace FFRepro.Harness.Planning;

/// <summary>One run of a grid: a treatment cell trained with one seed.</summary>
/// <param name="RunId">Stable id from the resolved recipe, data set and seed (<see cref="RunIds"/>).</param>
/// <param name="Cell">The treatment cell.</param>
/// <param name="Resolved">The resolved recipe.</param>
/// <param name="Seed">The run seed.</param>
public sealed record PlannedRun(string RunId, TreatmentCell Cell, ResolvedRecipe Resolved, long Seed);
