using FFRepro.Model.Data;
using FFRepro.Model.Recipes;
using TorchSharp;

namespace FFRepro.Model.Training;

/// <summary>One cell of a grid: a resolved recipe trained for several seeds at once on one device.</summary>
/// <param name="Recipe">The resolved, validated recipe.</param>
/// <param name="Data">The data set.</param>
/// <param name="Seeds">Run seeds; one independent network each, trained side by side.</param>
/// <param name="Device">Where tensors live (chosen once by the caller).</param>
public sealed record TrainRequest(Recipe Recipe, Dataset Data, IReadOnlyList<long> Seeds, torch.Device Device);
