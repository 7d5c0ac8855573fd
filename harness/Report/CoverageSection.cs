using System.Text;
using FFRepro.Stats;
using FFRepro.Stats.Coverage;

namespace FFRepro.Harness.Report;

/// <summary>What the planned design asks for, what the results hold, and the tests the gap rules out.</summary>
internal static class CoverageSection
{
    public static void Write(StringBuilder sb, StatsTables tables)
    {
        sb.Append("## Design coverage\n\n");
        var cells = tables.Coverage;
        var present = cells.Sum(c => c.Present);
        var ok = cells.Sum(c => c.Ok);
        if (cells.Count == 0 || cells.Any(c => c.Planned is null))
        {
            sb.Append($"The planned design is unknown (no spec.json beside the results): {Fmt.Int(present)} runs ({Fmt.Int(ok)} ok) in ")
              .Append($"{Fmt.Int(cells.Count)} cells; tests the design would add cannot be listed.\n\n");
            return;
        }

        var planned = cells.Sum(c => c.Planned ?? 0);
        sb.Append($"{Fmt.Int(present)} of {Fmt.Int(planned)} planned runs ({Fmt.Int(ok)} ok)");
        var gaps = Gaps(cells);
        sb.Append(gaps.Count == 0 ? "; nothing is missing.\n\n" : $"; missing: {string.Join("; ", gaps)}.\n\n");

        var design = tables.Exclusions.Where(e => e.Stage == "design").ToList();
        if (design.Count == 0)
        {
            sb.Append("Every test the planned design asks for can be run.\n\n");
            return;
        }

        sb.Append("Tests the planned design asks for that these results cannot run, or run only in part:\n\n");
        var table = new MarkdownTable("family", "test", "why", "planned runs without an ok result");
        foreach (var e in design)
        {
            var space = e.Scope.IndexOf(' ', StringComparison.Ordinal);
            table.Add(space > 0 ? e.Scope[..space] : e.Scope, space > 0 ? e.Scope[(space + 1)..] : "", e.Reason, Fmt.Int(e.Count));
        }

        table.WriteTo(sb);
    }

    /// <summary>Missing runs in words: whole depths first ("all of d4 (4 cells, 120 runs)"), then single cells.</summary>
    private static List<string> Gaps(IReadOnlyList<CoverageRow> cells)
    {
        var gaps = new List<string>();
        var partial = new List<CoverageRow>();
        foreach (var depth in cells.Where(c => c.Missing > 0).GroupBy(c => (c.Depth, c.Epochs)))
        {
            var all = cells.Where(c => c.Depth == depth.Key.Depth && c.Epochs == depth.Key.Epochs).ToList();
            if (all.Count > 1 && all.All(c => c.Present == 0))
                gaps.Add($"all of d{Fmt.Int(depth.Key.Depth)} e{Fmt.Int(depth.Key.Epochs)} ({Fmt.Int(all.Count)} cells, {Fmt.Int(all.Sum(c => c.Missing))} runs)");
            else partial.AddRange(depth);
        }

        gaps.InsertRange(0, partial.Select(c => c.Present == 0
            ? $"{Fmt.Cell(c.Depth, c.Width, c.Epochs)} ({Fmt.Int(c.Missing)} runs)"
            : $"{Fmt.Cell(c.Depth, c.Width, c.Epochs)} ({Fmt.Int(c.Missing)} of {Fmt.Int(c.Planned ?? 0)} runs)"));
        return gaps;
    }
}
