using FFRepro.Model.Checkpoints;
using FFRepro.Model.Data;
using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using TorchSharp;

namespace FFRepro.Model.Training;

/// <summary>One cell of a grid: a resolved recipe trained for several seeds at once on one device.</summary>
/// <param name="Recipe">The resolved, validated recipe; its depth is the depth trained.</param>
/// <param name="Data">The data set.</param>
/// <param name="Seeds">Run seeds; one independent network each, trained side by side.</param>
/// <param name="Device">Where tensors live (chosen once by the caller).</param>
/// <param name="Depths">Run depths, ascending, the deepest equal to the recipe's: one run per depth and seed from the
/// same network, each with its own classifier (<see cref="NestedDepths"/>). Null: the recipe's depth alone.</param>
/// <param name="Checkpoints">Where the training's checkpoints are kept; null: none.</param>
public sealed record TrainRequest(Recipe Recipe, Dataset Data, IReadOnlyList<long> Seeds, torch.Device Device,
    IReadOnlyList<int>? Depths = null, ICheckpointStore? Checkpoints = null)
{
    /// <summary>The torch settings the training uses (optimizer gather limit, TF32 in the checkpoint fingerprint):
    /// those libtorch was loaded with, <see cref="TorchRuntime.Settings"/>, unless given.</summary>
    public TorchSettings Settings { get; init; } = TorchRuntime.Settings;

    /// <summary>The run depths: <see cref="Depths"/>, or the recipe's depth alone.</summary>
    public IReadOnlyList<int> RunDepths => Depths ?? [Recipe.Depth];
}
