using FFRepro.Stats.Hypotheses;
using ScottPlot;

namespace FFRepro.Harness.Report;

/// <summary>
/// <c>correlation_vs_width</c> (raw curves over every evaluation point), <c>correlation_vs_width_detrended</c> (first
/// differences) and <c>correlation_vs_width_epoch_ends</c> (epoch-end points only): per depth and layer, the mean
/// per-run Pearson correlation with the model against width. A point is the mean of the runs' Fisher z, back-transformed
/// to r; its error bar is the 95% interval of that mean (mean z ± 1.96 standard errors over seeds, back-transformed).
/// The H3 verdict is in the legend and the H2 "strong" threshold is a dashed line. Falling lines confirm H3; layer 1
/// above the threshold confirms H2.
/// </summary>
internal static class CorrelationWidthFigure
{
    /// <summary>What the error bars are, for captions.</summary>
    private const string Bars = "bars: 95% CI of the mean over seeds (Fisher z, back-transformed)";

    /// <summary>Writes the raw, the detrended and the epoch-end figure.</summary>
    public static IReadOnlyList<FigureInfo> Write(ReportInput input, string folder) =>
    [
        Write(input, folder, detrended: false, "all", "correlation_vs_width", "primary", $"H3: correlation with the model vs width ({Bars})"),
        Write(input, folder, detrended: true, "all", "correlation_vs_width_detrended", "detrended", $"H3: correlation of first differences vs width ({Bars})"),
        Write(input, folder, detrended: false, "epoch_ends", "correlation_vs_width_epoch_ends", "epoch_ends", $"H3: correlation over epoch ends only vs width ({Bars})"),
    ];

    private static FigureInfo Write(ReportInput input, string folder, bool detrended, string pointSet, string name, string variant, string caption)
    {
        var o = input.Options;
        var rows = input.Tables.Correlations
            .Where(c => c.Method == "pearson" && c.Detrended == detrended && c.PointSet == pointSet && c.LayerMetric == o.LayerMetric
                && c.ModelMetric == o.ModelMetric && double.IsFinite(c.Z))
            .ToList();
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
            var points = series[k].GroupBy(r => r.Width).OrderBy(g => g.Key)
                .Select(g => (X: widths.IndexOf(g.Key) + offset, Z: g.Select(r => r.Z).ToArray())).ToList();
            foreach (var (x, zs) in points.Where(p => p.Z.Length > 1))
            {
                var (mean, half) = MeanHalfWidth(zs);
                plot.Add.ScatterLine(new[] { x, x }, new[] { Math.Tanh(mean - half), Math.Tanh(mean + half) }, color);
            }

            var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => Math.Tanh(MeanHalfWidth(p.Z).Mean)).ToArray(), color);
            line.MarkerSize = 7;
            var h3 = input.Tables.Hypotheses.FirstOrDefault(h => h.Family == "H3-width" && h.Variant == variant && h.Depth == depth
                && h.Epochs == epochs && h.Layers == Fmt.Int(layer));
            var label = manyEpochs ? $"d{Fmt.Int(depth)} e{Fmt.Int(epochs)} L{Fmt.Int(layer)}" : $"d{Fmt.Int(depth)} L{Fmt.Int(layer)}";
            line.LegendText = h3 is null ? label : $"{label}: rho {Fmt.Effect(h3.Effect)}, {h3.Verdict}";
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, widths.Count).Select(i => (double)i).ToArray(), widths.Select(Fmt.Int).ToArray());
        plot.Title((detrended
            ? "Layer vs model correlation of first differences (detrended) vs width"
            : pointSet == "epoch_ends" ? "Layer vs model correlation over epoch-end points vs width" : "Layer vs model correlation vs width")
            + "\nerror bars: 95% CI of the mean over seeds (mean Fisher z ± 1.96 SE, back-transformed)");
        plot.XLabel("width (units per layer)");
        plot.YLabel($"mean Pearson r over seeds, {o.Split}");
        // Outside the data area: a legend inside would hide whichever corner the lines happen to pass through.
        plot.ShowLegend(Edge.Right);
        return FigureFile.Save(plot, folder, name, caption, FigureFile.Width + 250, FigureFile.Height);
    }

    private static (double Mean, double Half) MeanHalfWidth(double[] zs)
    {
        var mean = zs.Average();
        var sd = zs.Length > 1 ? Math.Sqrt(zs.Sum(z => (z - mean) * (z - mean)) / (zs.Length - 1)) : 0;
        return (mean, 1.96 * sd / Math.Sqrt(zs.Length));
    }
}
