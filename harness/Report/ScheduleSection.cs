using System.Globalization;
using System.Text;
using FFRepro.Stats.Data;

namespace FFRepro.Harness.Report;

/// <summary>
/// The "Evaluation points" section of report.md: per cell, how densely the runs were evaluated, how early training
/// weighs in the correlations over all points, and how many delays fell below the schedule's resolution.
/// </summary>
internal static class ScheduleSection
{
    /// <summary>Appends the section.</summary>
    public static void Write(StringBuilder sb, ReportInput input)
    {
        var o = input.Options;
        sb.Append("## Evaluation points\n\n");
        sb.Append("Onsets and delays are in optimizer steps (epochs = steps / steps per epoch). An onset is only known to lie ")
          .Append("between its evaluation point and the one before; a delay whose two onsets fall on the same point is below ")
          .Append("the schedule's resolution (its sign is unknown: it counts as a tie, 0 steps, in H1's mean and sign-flip test, and as ")
          .Append("the \"tie\" share of its lag / tie / lead). ")
          .Append("Correlations over all points weigh every point equally, so points early in training weigh as much as ")
          .Append("whole later epochs; the `epoch_ends` variant uses one point per epoch.\n\n");
        var ok = input.Runs.Where(r => r.Status == RunStatus.Ok).ToDictionary(r => r.RunId, StringComparer.Ordinal);
        var points = input.Curves
            .Where(p => p.Layer == 0 && p.Metric == o.ModelMetric && p.Split == o.Split && ok.ContainsKey(p.RunId))
            .GroupBy(p => p.RunId)
            .Select(g => (Run: ok[g.Key], Steps: g.Select(p => p.Step).ToArray()))
            .ToLookup(x => (x.Run.Depth, x.Run.Width, x.Run.Epochs));
        var delays = input.Tables.Delays.Where(d => d.Metric == o.LayerMetric && d.Tau == o.Tau && d.DelaySteps.HasValue)
            .ToLookup(d => (d.Depth, d.Width, d.Epochs));
        var table = new MarkdownTable("cell", "steps per epoch", "points per run", "points in epoch 1 (after step 0)",
            $"delays below resolution (tau {Fmt.Exact(o.Tau)})", "median delay resolution (steps)");
        foreach (var cell in points.OrderBy(g => g.Key))
        {
            var (depth, width, epochs) = cell.Key;
            var perEpoch = cell.First().Run.StepsPerEpoch;
            var counts = cell.Select(x => x.Steps.Length).ToArray();
            var early = cell.Select(x => x.Steps.Count(s => s > 0 && s <= perEpoch)).ToArray();
            var d = delays[cell.Key].ToList();
            var below = d.Count(x => x.BelowResolution == true);
            table.Add(Fmt.Cell(depth, width, epochs), Fmt.Int(perEpoch), Range(counts), Range(early),
                d.Count == 0 ? Fmt.Missing : $"{Fmt.Int(below)} of {Fmt.Int(d.Count)}",
                d.Count == 0 ? Fmt.Missing : MathNet.Numerics.Statistics.Statistics.Median(d.Select(x => (double)x.ResolutionSteps!.Value)).ToString("0.#", CultureInfo.InvariantCulture));
        }
        table.WriteTo(sb);
    }

    private static string Range(int[] values) =>
        values.Min() == values.Max() ? Fmt.Int(values[0]) : $"{Fmt.Int(values.Min())}-{Fmt.Int(values.Max())}";
}
