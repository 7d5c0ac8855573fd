using System.Text.Json;

namespace FFRepro.Harness.Design;

/// <summary>
/// A treatment grid as data: what to train, which recipe fields to vary, and with how many seeds.
/// Immutable; produced only by <see cref="GridSpecLoader"/>, which validates it once.
/// </summary>
/// <param name="Name">Grid name; also the results folder name (<c>results/&lt;name&gt;</c>).</param>
/// <param name="Description">Free text for humans.</param>
/// <param name="Dataset">Data set registry name (<c>mnist10k</c>, <c>mnist</c>, <c>fashion-mnist</c>).</param>
/// <param name="Recipe">Recipe preset name (<c>paper</c>, <c>pezeshki</c>).</param>
/// <param name="Overrides">Recipe fields set for every run (snake_case names), applied before the treatments.</param>
/// <param name="Treatments">The axes of the cartesian product, in declaration order (the first varies slowest).</param>
/// <param name="Seeds">The run seeds, in order; every treatment cell is trained with each.</param>
/// <param name="Device">Device request: <c>cpu</c>, <c>cuda</c> or <c>auto</c>.</param>
/// <param name="SeedBatchSize">How many seeds of one cell are trained together in one batched model.</param>
/// <param name="Nested">Whether cells that differ only in depth are trained as one network of the deepest depth (bit for
/// bit the same runs): true demands it, false forbids it, null (not given) nests where the recipe allows it.</param>
public sealed record GridSpec(
    string Name,
    string Description,
    string Dataset,
    string Recipe,
    IReadOnlyDictionary<string, JsonElement> Overrides,
    IReadOnlyList<TreatmentAxis> Treatments,
    IReadOnlyList<long> Seeds,
    string Device,
    int SeedBatchSize,
    bool? Nested = null)
{
    /// <summary>Seeds used when a spec gives none: 30, as in the paper.</summary>
    public const int DefaultSeedCount = 30;

    /// <summary>The same spec on another device (the <c>--device</c> option overrides the file).</summary>
    public GridSpec WithDevice(string device) => this with { Device = device };

    /// <summary>The same spec with another seed batch size (the <c>--seed-batch</c> option overrides the file).</summary>
    public GridSpec WithSeedBatchSize(int size) => this with { SeedBatchSize = size };
}
