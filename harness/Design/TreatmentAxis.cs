using System.Text.Json;

namespace FFRepro.Harness.Design;

/// <summary>One axis of a grid: a recipe field and the values it takes.</summary>
/// <param name="Field">snake_case recipe field name, e.g. <c>depth</c>, <c>width</c>, <c>lr</c>.</param>
/// <param name="Values">Distinct values, in the order given in the spec.</param>
public sealed record TreatmentAxis(string Field, IReadOnlyList<JsonElement> Values);
