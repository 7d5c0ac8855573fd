using ScottPlot;

namespace FFRepro.Harness.Report;

/// <summary>
/// One figure per cell: every layer's mean accuracy curve with its 95% band over seeds, the model's curve, and a dashed
/// vertical marker at each layer's median onset. Deeper layers' markers to the right of shallower ones show H1; layer 1's
/// curve hugging the model's shows H2.
/// </summary>
internal static class CurveFigures
{
    /// <summary>Writes <c>curves_d{depth}_w{width}_e{epochs}</c> for every cell, in cell order.</summary>
    public static IReadOnlyList<FigureInfo> Write(ReportInput input, string folder)
    {
        var o = input.Options;
        var medianOnsets = input.Tables.Onsets
            .Where(r => r.Metric == o.LayerMetric && r.Tau == o.Tau && r.OnsetEpoch.HasValue)
            .GroupBy(r => (new CurveBands.Cell(r.Depth, r.Width, r.Epochs), r.Layer))
            .ToDictionary(g => g.Key, g => MathNet.Numerics.Statistics.Statistics.Median(g.Select(r => (double)r.OnsetEpoch!.Value)));
        var palette = new ScottPlot.Palettes.Category10();
        var figures = new List<FigureInfo>();
        foreach (var (cell, layers) in CurveBands.Compute(input).OrderBy(c => c.Key.Depth).ThenBy(c => c.Key.Width).ThenBy(c => c.Key.Epochs))
        {
            var plot = new Plot();
            foreach (var (layer, band) in layers.Where(l => l.Key > 0))
            {
                var color = palette.GetColor(layer - 1);
                var (xs, lo) = FigureFile.Finite(band.Epochs, band.Low);
                var (_, hi) = FigureFile.Finite(band.Epochs, band.High);
                if (xs.Length == lo.Length && lo.Length == hi.Length && xs.Length > 0)
                {
                    var fill = plot.Add.FillY(xs, lo, hi);
                    fill.FillColor = color.WithAlpha(0.25);
                    fill.LineWidth = 0;
                }
                var (mx, my) = FigureFile.Finite(band.Epochs, band.Mean);
                var line = plot.Add.ScatterLine(mx, my, color);
                line.LineWidth = 2;
                line.LegendText = $"layer {layer}";
                if (medianOnsets.TryGetValue((cell, layer), out var onset))
                    plot.Add.VerticalLine(onset, 1.5f, color, LinePattern.Dashed);
            }

            if (layers.TryGetValue(0, out var model))
            {
                var (mx, my) = FigureFile.Finite(model.Epochs, model.Mean);
                var line = plot.Add.ScatterLine(mx, my, Colors.Black);
                line.LineWidth = 2;
                line.LegendText = $"model ({o.ModelMetric})";
            }

            var runs = layers.Values.Select(b => b.Runs).DefaultIfEmpty(0).Max();
            var name = $"curves_d{Fmt.Int(cell.Depth)}_w{Fmt.Int(cell.Width)}_e{Fmt.Int(cell.Epochs)}";
            plot.Title($"{Fmt.Cell(cell.Depth, cell.Width, cell.Epochs)}: mean ± 95% band over {Fmt.Int(runs)} seeds; dashed = median onset (tau {Fmt.Exact(o.Tau)})");
            plot.XLabel("epoch");
            plot.YLabel($"{o.Split} accuracy ({o.LayerMetric})");
            plot.ShowLegend(Alignment.LowerRight);
            figures.Add(FigureFile.Save(plot, folder, name, $"Curves {Fmt.Cell(cell.Depth, cell.Width, cell.Epochs)}"));
        }

        return figures;
    }
}
