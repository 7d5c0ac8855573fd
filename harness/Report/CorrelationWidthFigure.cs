using FFRepro.Stats.Hypotheses;
using ScottPlot;

namespace FFRepro.Harness.Report;

/// <summary>
/// <c>correlation_vs_width</c> (raw curves over every evaluation point), <c>correlation_vs_width_detrended</c> (first
/// differences) and <c>correlation_vs_width_epoch_ends</c> (epoch-end points only): per depth and layer, the mean
/// per-run Pearson correlation with the model against width. A point is the mean of the runs' Fisher z, back-transformed
/// to r; its error bar is the t interval of that mean z over seeds, back-transformed (the same rows,
/// <c>width_means.parquet</c>, as the report's per-width table). The H3 verdict is in the legend and the H2 "strong"
/// threshold is a dashed line. Falling lines confirm H3; layer 1 above the threshold confirms H2.
/// </summary>
internal static class CorrelationWidthFigure
{

    /// <summary>Writes the raw, the detrended and the epoch-end figure.</summary>
    public static IReadOnlyList<FigureInfo> Write(ReportInput input, string folder) =>
    [
        Write(input, folder, "correlation_vs_width", Variants.Primary, "H3: correlation with the model vs width"),
        Write(input, folder, "correlation_vs_width_detrended", Variants.Detrended, "H3: correlation of first differences vs width"),
        Write(input, folder, "correlation_vs_width_epoch_ends", Variants.EpochEnds, "H3: correlation over epoch ends only vs width"),
    ];

    private static FigureInfo Write(ReportInput input, string folder, string name, string variant, string caption)
    {
        var o = input.Options;
        // What the error bars are, in the caption and under the title.
        var bars = $"error bars: {Fmt.Exact(o.Confidence * 100)}% t interval of the mean Fisher z over seeds, back-transformed (as in the H3 table)";
        // The report's per-width table and this figure read the same rows: one interval, computed once.
        var rows = input.Tables.WidthMeans.Where(m => m.Variant == variant && double.IsFinite(m.MeanR)).ToList();
        var widths = rows.Select(r => r.Width).Distinct().Order().ToList();
        var series = rows.GroupBy(r => (r.Depth, r.Epochs, r.Layer)).OrderBy(g => g.Key).ToList();
        var manyEpochs = rows.Select(r => r.Epochs).Distinct().Count() > 1;
        var palette = new ScottPlot.Palettes.Category10();
        var plot = new Plot();
        plot.Add.HorizontalLine(o.StrongR, 1, Colors.Gray, LinePattern.Dashed).LegendText = $"strong r = {Fmt.Exact(o.StrongR)}";
        for (var k = 0; k < series.Count; k++)
        {
            var (depth, epochs, layer) = series[k].Key;
            var color = palette.GetColor(k);
            // A small horizontal offset per series keeps overlapping intervals readable.
            var offset = (k - (series.Count - 1) / 2.0) * 0.04;
            var points = series[k].OrderBy(r => r.Width).Select(r => (X: widths.IndexOf(r.Width) + offset, Row: r)).ToList();
            foreach (var (x, r) in points.Where(p => double.IsFinite(p.Row.CiLow) && double.IsFinite(p.Row.CiHigh)))
                plot.Add.ScatterLine(new[] { x, x }, new[] { r.CiLow, r.CiHigh }, color);

            var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Row.MeanR).ToArray(), color);
            line.MarkerSize = 7;
            var h3 = input.Tables.Hypotheses.FirstOrDefault(h => h.Family == Families.H3Width && h.Variant == variant && h.Depth == depth
                && h.Epochs == epochs && h.Layers == Fmt.Int(layer));
            var label = manyEpochs ? $"d{Fmt.Int(depth)} e{Fmt.Int(epochs)} L{Fmt.Int(layer)}" : $"d{Fmt.Int(depth)} L{Fmt.Int(layer)}";
            // A test over fewer widths than the series shows (a balanced subset) says which ones.
            var tested = h3?.Widths.Split(',').Length ?? 0;
            var over = h3 is not null && tested < points.Count ? $" (w{h3.Widths.Replace(",", ", ")})" : "";
            line.LegendText = h3 is null ? label : $"{label}: rho {Fmt.Effect(h3.Effect)}{over}, {h3.Verdict}";
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, widths.Count).Select(i => (double)i).ToArray(), widths.Select(Fmt.Int).ToArray());
        plot.Title((variant switch
        {
            Variants.Detrended => "Layer vs model correlation of first differences (detrended) vs width",
            Variants.EpochEnds => "Layer vs model correlation over epoch-end points vs width",
            _ => "Layer vs model correlation vs width",
        }) + "\n" + bars);
        plot.XLabel("width (units per layer)");
        plot.YLabel($"mean Pearson r over seeds (Fisher z, {Fmt.Exact(o.Confidence * 100)}% t interval), {o.Split}");
        // Outside the data area: a legend inside would hide whichever corner the lines happen to pass through.
        plot.ShowLegend(Edge.Right);
        return FigureFile.Save(plot, folder, name, $"{caption} ({bars})", FigureFile.Width + 250, FigureFile.Height);
    }
}
