using FFRepro.Stats.Hypotheses;
using ScottPlot;

namespace FFRepro.Harness.Report;

/// <summary>
/// <c>delays</c>: the H1 primary effect (mean delay in optimizer steps) per distinct test (width and adjacent layer pair;
/// depths that share the pair are one test) with its CI, coloured by verdict, over a zero line; points clear of zero to
/// the positive side confirm H1. The legend sits outside the data area so that it never covers an interval.
/// </summary>
internal static class DelayFigure
{
    /// <summary>Writes <c>delays.png</c> and <c>delays.svg</c>.</summary>
    public static FigureInfo Write(ReportInput input, string folder)
    {
        var rows = input.Tables.Hypotheses.Where(h => h.Family == Families.H1Delay && h.Variant == Variants.Primary).ToList();
        var plot = new Plot();
        plot.Add.HorizontalLine(0, 1, Colors.Gray, LinePattern.Dashed);
        foreach (var (verdict, color) in VerdictColors.All)
        {
            var xs = new List<double>();
            var ys = new List<double>();
            for (var i = 0; i < rows.Count; i++)
            {
                var r = rows[i];
                if (r.Verdict != verdict || !double.IsFinite(r.Effect)) continue;
                xs.Add(i);
                ys.Add(r.Effect);
                if (double.IsFinite(r.CiLow) && double.IsFinite(r.CiHigh))
                    plot.Add.ScatterLine(new[] { i, (double)i }, new[] { r.CiLow, r.CiHigh }, color).LineWidth = 2;
            }

            if (xs.Count == 0) continue;
            var points = plot.Add.ScatterPoints(xs.ToArray(), ys.ToArray(), color);
            points.MarkerSize = 9;
            points.LegendText = verdict;
        }

        // Epochs only label the points when the grid has more than one epoch count (the paper's epochs treatment).
        var manyEpochs = rows.Select(r => r.Epochs).Distinct().Count() > 1;
        var labels = rows.Select(r => $"{Fmt.Group(r, manyEpochs)} L{r.Layers}").ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, rows.Count).Select(i => (double)i).ToArray(), labels);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        // Rotated labels need room below the axis or ScottPlot clips them.
        plot.Axes.Bottom.MinimumSize = 110;
        plot.Axes.Right.MinimumSize = 70;
        // The unit comes with the rows (the curves' own axis), so the label follows whatever the delays are counted in.
        var unit = rows.Select(r => r.EffectUnit).FirstOrDefault() ?? "delay";
        plot.Title($"H1: {unit}, onset(l+1) - onset(l), with {Fmt.Exact(input.Options.Confidence * 100)}% CI (tau {Fmt.Exact(input.Options.Tau)})");
        var perEpoch = input.Runs.Select(r => r.StepsPerEpoch).Distinct().ToList();
        plot.YLabel(perEpoch.Count == 1 ? $"{unit}; {Fmt.Int(perEpoch[0])} steps = 1 epoch" : unit);
        plot.ShowLegend(Edge.Right);
        return FigureFile.Save(plot, folder, "delays",
            $"H1: {unit} per width and layer pair, bars: {Fmt.Exact(input.Options.Confidence * 100)}% bootstrap CI of the mean",
            FigureFile.Width + 150, FigureFile.Height + 80);
    }
}
