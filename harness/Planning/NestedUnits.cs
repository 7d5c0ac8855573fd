using FFRepro.Harness.Design;

namespace FFRepro.Harness.Planning;

/// <summary>
/// Groups a plan's seed batches into training units. With nesting (the default where exact), batches whose cells
/// differ only in depth and that hold the same seeds form one unit, trained as one network of the deepest depth. A recipe
/// whose training depends on the depth (<see cref="ResolvedRecipe.NestingProblem"/>) is trained batch by batch, or
/// refused when the spec demands nesting.
/// </summary>
public static class NestedUnits
{
    /// <summary>The treatment field that nesting folds.</summary>
    public const string DepthField = "depth";

    /// <summary>The units of <paramref name="batches"/>, ordered by their first batch; <paramref name="nest"/> false gives
    /// one unit per batch (so units and batches are in the same order).</summary>
    /// <exception cref="GridSpecException">The spec sets <c>nested</c> to true and cells that differ only in depth
    /// cannot be nested.</exception>
    public static IReadOnlyList<TrainingUnit> Group(GridSpec spec, IReadOnlyList<RunBatch> batches, bool nest)
    {
        var groups = new List<List<RunBatch>>();
        var byKey = new Dictionary<string, List<RunBatch>>(StringComparer.Ordinal);
        foreach (var batch in batches)
        {
            // Same values on every other axis and the same seeds: only the depth differs.
            var key = string.Join(",", batch.Cell.Values.Where(v => v.Key != DepthField).Select(v => $"{v.Key}={JsonValues.Key(v.Value)}"))
                + "|" + string.Join(",", batch.Runs.Select(r => r.Seed));
            if (nest && byKey.TryGetValue(key, out var group) && group.All(b => Depth(b) != Depth(batch))) group.Add(batch);
            else
            {
                byKey[key] = group = [batch];
                groups.Add(group);
            }
        }

        var problems = new List<string>();
        var units = new List<List<RunBatch>>();
        foreach (var group in groups)
        {
            if (group.Count > 1 && group[0].Runs[0].Resolved.NestingProblem is { } problem)
            {
                if (spec.Nested == true && !problems.Contains(problem)) problems.Add(problem);
                units.AddRange(group.Select(b => new List<RunBatch> { b }));
            }
            else units.Add(group);
        }
        if (problems.Count > 0)
            throw new GridSpecException("nested", problems.Select(p => $"is true, but cells that differ only in depth cannot be trained nested: {p}; set \"nested\": false").ToList());
        return units.OrderBy(u => u[0].Index)
            .Select((u, i) => new TrainingUnit(i, u.OrderBy(Depth).ToList())).ToList();
    }

    private static int Depth(RunBatch batch) => batch.Runs[0].Resolved.Depth;
}
