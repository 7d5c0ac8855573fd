using FFRepro.Stats.Hypotheses;
using ScottPlot;

namespace FFRepro.Harness.Report;

/// <summary>
/// <c>correlation_vs_width</c> (raw curves) and <c>correlation_vs_width_detrended</c> (first differences): per depth and
/// layer, the mean per-run Pearson correlation with the model (averaged on the Fisher-z scale) against width, with error
/// bars that are the t interval of the mean z (the same rows, <c>width_means.parquet</c>, as the report's per-width
/// table), the H3 verdict in the legend and the H2 "strong" threshold as a dashed line. Falling lines confirm H3;
/// layer 1 above the threshold confirms H2.
/// </summary>
internal static class CorrelationWidthFigure
{
    /// <summary>Writes the raw and the detrended figure.</summary>
    public static IReadOnlyList<FigureInfo> Write(ReportInput input, string folder) =>
    [
        Write(input, folder, detrended: false, "correlation_vs_width", "primary",
            "H3: correlation with the model vs width (error bars: t interval of the mean z, as in the H3 table)"),
        Write(input, folder, detrended: true, "correlation_vs_width_detrended", "detrended",
            "H3: correlation of first differences vs width (error bars: t interval of the mean z)"),
    ];

    private static FigureInfo Write(ReportInput input, string folder, bool detrended, string name, string variant, string caption)
    {
        var o = input.Options;
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
            var h3 = input.Tables.Hypotheses.FirstOrDefault(h => h.Family == "H3-width" && h.Variant == variant && h.Depth == depth
                && h.Epochs == epochs && h.Layers == Fmt.Int(layer));
            var label = manyEpochs ? $"d{Fmt.Int(depth)} e{Fmt.Int(epochs)} L{Fmt.Int(layer)}" : $"d{Fmt.Int(depth)} L{Fmt.Int(layer)}";
            // A test over fewer widths than the series shows (a balanced subset) says which ones.
            var tested = h3?.Widths.Split(',').Length ?? 0;
            var over = h3 is not null && tested < points.Count ? $" (w{h3.Widths.Replace(",", ", ")})" : "";
            line.LegendText = h3 is null ? label : $"{label}: rho {Fmt.Effect(h3.Effect)}{over}, {h3.Verdict}";
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, widths.Count).Select(i => (double)i).ToArray(), widths.Select(Fmt.Int).ToArray());
        plot.Title(detrended
            ? "Layer vs model correlation of first differences (detrended) vs width"
            : "Layer vs model correlation vs width");
        plot.XLabel("width (units per layer)");
        plot.YLabel($"mean Pearson r over seeds (Fisher z, {Fmt.Exact(o.Confidence * 100)}% t interval), {o.Split}");
        // Outside the data area: a legend inside would hide whichever corner the lines happen to pass through.
        plot.ShowLegend(Edge.Right);
        return FigureFile.Save(plot, folder, name, caption, FigureFile.Width + 250, FigureFile.Height);
    }
}
