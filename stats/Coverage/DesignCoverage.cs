using System.Globalization;
using FFRepro.Stats.Data;
using FFRepro.Stats.Hypotheses;

namespace FFRepro.Stats.Coverage;

/// <summary>What the planned design asks for against what the results hold, and which tests the gap rules out.</summary>
public static class DesignCoverage
{
    /// <summary>
    /// One row per cell, planned or present, in (epochs, depth, width) order. Without a plan, the present cells only,
    /// with <see cref="CoverageRow.Planned"/> null.
    /// </summary>
    public static IReadOnlyList<CoverageRow> Cells(IReadOnlyList<PlannedCell>? planned, IReadOnlyList<RunInfo> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var present = runs.GroupBy(r => (r.Depth, r.Width, r.Epochs)).ToDictionary(g => g.Key, g => g.ToList());
        var plan = planned?.GroupBy(c => (c.Depth, c.Width, c.Epochs)).ToDictionary(g => g.Key, g => g.Sum(c => c.Runs));
        var keys = present.Keys.Concat(plan is null ? [] : plan.Keys).Distinct().OrderBy(k => k.Epochs).ThenBy(k => k.Depth).ThenBy(k => k.Width);
        return keys.Select(k =>
        {
            var have = present.GetValueOrDefault(k) ?? [];
            int? want = plan is null ? null : plan.GetValueOrDefault(k);
            return new CoverageRow
            {
                Depth = k.Depth, Width = k.Width, Epochs = k.Epochs, Planned = want, Present = have.Count,
                Ok = have.Count(r => r.Status == RunStatus.Ok), Missing = want is { } w ? Math.Max(0, w - have.Count) : 0,
            };
        }).ToList();
    }

    /// <summary>
    /// The primary tests the planned design would have that the results cannot run (no "ok" run in the cells they
    /// need), and H3 tests run over fewer widths than planned: (family, test, why, planned runs without an "ok" result
    /// in the cells concerned). Empty without a plan.
    /// </summary>
    public static IReadOnlyList<(string Family, string Test, string Why, int Runs)> Untestable(
        IReadOnlyList<PlannedCell>? planned, IReadOnlyList<CoverageRow> cells, IReadOnlyList<HypothesisRow> hypotheses)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(hypotheses);
        var result = new List<(string, string, string, int)>();
        if (planned is null || planned.Count == 0) return result;
        var primary = hypotheses.Where(h => h.Variant == Variants.Primary).ToList();
        var lacking = cells.ToDictionary(c => (c.Depth, c.Width, c.Epochs), c => Math.Max(0, (c.Planned ?? 0) - c.Ok));
        var ok = cells.ToDictionary(c => (c.Depth, c.Width, c.Epochs), c => c.Ok);
        var plan = planned.Select(c => (c.Depth, c.Width, c.Epochs)).Distinct().ToList();
        string Cell((int Depth, int Width, int Epochs) c) => Invariant($"d{c.Depth} w{c.Width} e{c.Epochs}");
        string Blocked(IEnumerable<(int, int, int)> need) => "no ok runs in " + string.Join(", ", need.Select(Cell));

        foreach (var column in plan.GroupBy(c => (c.Width, c.Epochs)).OrderBy(g => g.Key))
            for (var l = 1; l < column.Max(c => c.Depth); l++)
            {
                var layers = Invariant($"{l}-{l + 1}");
                if (primary.Any(h => h.Family == Families.H1Delay && h.Width == column.Key.Width && h.Epochs == column.Key.Epochs && h.Layers == layers)) continue;
                var need = column.Where(c => c.Depth > l).OrderBy(c => c.Depth).ToList();
                result.Add((Families.H1Delay, Invariant($"w{column.Key.Width} e{column.Key.Epochs} layers {layers}"), Blocked(need), need.Sum(c => lacking[c])));
            }

        foreach (var c in plan.OrderBy(c => c.Epochs).ThenBy(c => c.Depth).ThenBy(c => c.Width))
            foreach (var family in c.Depth >= 2 ? new[] { Families.H2Level, Families.H2Paired } : [Families.H2Level])
                if (!primary.Any(h => h.Family == family && h.Depth == c.Depth && h.Width == c.Width && h.Epochs == c.Epochs))
                    result.Add((family, Cell(c), Blocked([c]), lacking[c]));

        foreach (var g in plan.GroupBy(c => (c.Depth, c.Epochs)).OrderBy(g => g.Key.Epochs).ThenBy(g => g.Key.Depth))
        {
            var widths = g.Select(c => c.Width).Order().ToList();
            for (var layer = 1; layer <= g.Key.Depth; layer++)
            {
                var test = Invariant($"d{g.Key.Depth} e{g.Key.Epochs} layer {layer}");
                var row = primary.FirstOrDefault(h => h.Family == Families.H3Width && h.Depth == g.Key.Depth && h.Epochs == g.Key.Epochs
                    && h.Layers == layer.ToString(CultureInfo.InvariantCulture));
                if (row is null)
                {
                    var empty = g.Where(c => ok[c] == 0).ToList();
                    result.Add((Families.H3Width, test, empty.Count > 0 ? Blocked(empty) : "fewer than 2 widths common to every depth", g.Sum(c => lacking[c])));
                    continue;
                }

                var tested = row.Widths.Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToHashSet();
                var left = widths.Where(w => !tested.Contains(w)).ToList();
                if (left.Count > 0)
                    result.Add((Families.H3Width, test,
                        $"tested over widths {row.Widths.Replace(",", ", ")} only; planned {string.Join(", ", widths.Select(w => w.ToString(CultureInfo.InvariantCulture)))}",
                        plan.Where(c => c.Epochs == g.Key.Epochs && left.Contains(c.Width)).Sum(c => lacking[c])));
            }
        }

        return result;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
