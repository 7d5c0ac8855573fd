using System.Text.Json;
using FFRepro.Harness.Design;

namespace FFRepro.Harness.Planning;

/// <summary>Expands a grid spec into its plan: the cartesian product treatment x seed.</summary>
public static class Planner
{
    /// <summary>The treatment cells in product order, the first axis varying slowest.</summary>
    public static IReadOnlyList<TreatmentCell> Cells(GridSpec spec)
    {
        IEnumerable<List<KeyValuePair<string, JsonElement>>> product = [[]];
        foreach (var axis in spec.Treatments)
        {
            var a = axis;
            product = product.SelectMany(prefix => a.Values.Select(v => new List<KeyValuePair<string, JsonElement>>(prefix) { new(a.Field, v) }));
        }
        return product.Select((values, i) =>
        {
            var overrides = new Dictionary<string, JsonElement>(spec.Overrides, StringComparer.Ordinal);
            foreach (var (k, v) in values) overrides[k] = v;
            return new TreatmentCell(i, values, overrides);
        }).ToList();
    }

    /// <summary>The full plan; seeds of each cell are cut into batches of <see cref="GridSpec.SeedBatchSize"/>, and batches
    /// that differ only in depth form one nested training unit where the recipe allows it, unless the spec says
    /// <c>"nested": false</c> or <paramref name="nest"/> is false (<c>--no-nested</c>).</summary>
    public static RunPlan Expand(GridSpec spec, IModelCatalog catalog, bool nest = true)
    {
        var batches = new List<RunBatch>();
        foreach (var cell in Cells(spec))
        {
            var resolved = catalog.Resolve(spec.Recipe, cell.Overrides);
            foreach (var chunk in spec.Seeds.Chunk(spec.SeedBatchSize))
            {
                var runs = chunk.Select(seed => new PlannedRun(RunIds.Of(resolved.Canonical, spec.Dataset, seed), cell, resolved, seed)).ToList();
                batches.Add(new RunBatch(batches.Count, runs));
            }
        }
        return new RunPlan(spec, batches, NestedUnits.Group(spec, batches, nest && spec.Nested != false));
    }
}
