using ScottPlot;

namespace FFRepro.Harness.Report;

/// <summary>
/// One figure per cell, two panels: every layer's mean accuracy curve with its 95% band over seeds and the model's
/// curve, over optimizer steps on a log axis (top: where layers rise) and over epochs on a linear axis (bottom: the
/// whole run). Dashed vertical lines mark each layer's median onset, dotted horizontal lines the chance level of each
/// metric (binary FF accuracy 0.5, 10-class accuracies 0.1). Deeper layers' markers to the right of shallower ones
/// show H1; layer 1's curve hugging the model's shows H2.
/// </summary>
internal static class CurveFigures
{
    /// <summary>Size of the two-panel figure in pixels (two panels of the default height, stacked).</summary>
    private const int FigureWidth = 1300, FigureHeight = 2 * FigureFile.Height;

    /// <summary>Writes <c>curves_d{depth}_w{width}_e{epochs}</c> for every cell, in cell order.</summary>
    public static IReadOnlyList<FigureInfo> Write(ReportInput input, string folder)
    {
        var o = input.Options;
        var medianOnsets = input.Tables.Onsets
            .Where(r => r.Metric == o.LayerMetric && r.Tau == o.Tau && r.OnsetStep.HasValue)
            .GroupBy(r => (new CurveBands.Cell(r.Depth, r.Width, r.Epochs), r.Layer))
            .ToDictionary(g => g.Key, g => MathNet.Numerics.Statistics.Statistics.Median(g.Select(r => (double)r.OnsetStep!.Value)));
        var stepsPerEpoch = input.Runs.GroupBy(r => new CurveBands.Cell(r.Depth, r.Width, r.Epochs))
            .ToDictionary(g => g.Key, g => g.Max(r => r.StepsPerEpoch));
        var figures = new List<FigureInfo>();
        foreach (var (cell, layers) in CurveBands.Compute(input).OrderBy(c => c.Key.Depth).ThenBy(c => c.Key.Width).ThenBy(c => c.Key.Epochs))
        {
            var perEpoch = stepsPerEpoch.GetValueOrDefault(cell, 1);
            var allSteps = layers.Values.SelectMany(b => b.Steps).ToArray();
            var axis = new StepAxis(allSteps.Where(s => s > 0).DefaultIfEmpty(1).Min(), allSteps.DefaultIfEmpty(1).Max());
            var onsets = Enumerable.Range(1, cell.Depth)
                .Where(l => medianOnsets.ContainsKey((cell, l))).ToDictionary(l => l, l => medianOnsets[(cell, l)]);

            var bySteps = new Plot();
            Draw(bySteps, layers, onsets, b => b.Steps.Select(axis.Position).ToArray(), axis.Position, input);
            axis.Apply(bySteps);
            bySteps.Title($"{Fmt.Cell(cell.Depth, cell.Width, cell.Epochs)}: mean ± 95% band over {Fmt.Int(layers.Values.Select(b => b.Runs).DefaultIfEmpty(0).Max())} seeds, by step");
            bySteps.XLabel("optimizer step (log scale; 0 = before training)");

            var byEpochs = new Plot();
            Draw(byEpochs, layers, onsets, b => b.Epochs, s => s / perEpoch, input);
            EpochTicks(byEpochs, cell.Epochs);
            byEpochs.Title($"the same by epoch; dashed = median onset (tau {Fmt.Exact(o.Tau)})");
            byEpochs.XLabel($"epoch ({Fmt.Int(perEpoch)} steps each)");

            // One panel above the other, each with its legend outside the data area (inside, it would hide a band
            // or a chance line in some cell), so both panels have the same width and read on their own.
            var multiplot = new Multiplot(bySteps) { Layout = new ScottPlot.MultiplotLayouts.Rows() };
            multiplot.AddPlot(byEpochs);
            var name = $"curves_d{Fmt.Int(cell.Depth)}_w{Fmt.Int(cell.Width)}_e{Fmt.Int(cell.Epochs)}";
            figures.Add(FigureFile.Save(multiplot, folder, name, $"Curves {Fmt.Cell(cell.Depth, cell.Width, cell.Epochs)} by step (log) and by epoch", FigureWidth, FigureHeight));
        }

        return figures;
    }

    private static void Draw(Plot plot, SortedDictionary<int, CurveBands.Band> layers, IReadOnlyDictionary<int, double> onsets,
        Func<CurveBands.Band, double[]> x, Func<double, double> onsetX, ReportInput input)
    {
        var o = input.Options;
        var palette = new ScottPlot.Palettes.Category10();
        var layerChance = ChanceLevels.Of(o.LayerMetric);
        var modelChance = ChanceLevels.Of(o.ModelMetric);
        if (layerChance is { } lc)
            Chance(plot, lc, modelChance == lc ? $"chance {Fmt.Exact(lc)} ({ChanceLevels.Describe(lc)})" : $"chance of the layers ({ChanceLevels.Describe(lc)}): {Fmt.Exact(lc)}");
        if (modelChance is { } mc && mc != layerChance)
            Chance(plot, mc, $"chance of the model ({ChanceLevels.Describe(mc)}): {Fmt.Exact(mc)}");

        foreach (var (layer, band) in layers.Where(l => l.Key > 0))
        {
            var color = palette.GetColor(layer - 1);
            var xs = x(band);
            var fill = plot.Add.FillY(xs, band.Low, band.High);
            fill.FillColor = color.WithAlpha(0.25);
            fill.LineWidth = 0;
            var line = plot.Add.ScatterLine(xs, band.Mean, color);
            line.LineWidth = 2;
            line.LegendText = $"layer {layer} ({o.LayerMetric})";
            if (onsets.TryGetValue(layer, out var onset))
            {
                var marker = plot.Add.VerticalLine(onsetX(onset), 1.5f, color, LinePattern.Dashed);
                marker.LegendText = $"layer {layer} median onset: step {onset.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}";
            }
        }

        if (layers.TryGetValue(0, out var model))
        {
            var line = plot.Add.ScatterLine(x(model), model.Mean, Colors.Black);
            line.LineWidth = 2;
            line.LegendText = $"model ({o.ModelMetric})";
        }

        plot.Axes.SetLimitsY(0, 1.02);
        plot.YLabel(ChanceLevels.Of(o.LayerMetric) == ChanceLevels.Of(o.ModelMetric)
            ? $"{o.Split} accuracy"
            : $"{o.Split} accuracy (layers {ChanceLevels.Describe(layerChance ?? 0.5)}, model {ChanceLevels.Describe(modelChance ?? 0.1)})");
        plot.ShowLegend(Edge.Right);
    }

    private static void Chance(Plot plot, double level, string label)
    {
        var line = plot.Add.HorizontalLine(level, 1, Colors.Gray, LinePattern.Dotted);
        line.LegendText = label;
    }

    private static readonly int[] TickSteps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

    /// <summary>Whole epochs only, at most about a dozen labels, the axis starting at epoch 0.</summary>
    private static void EpochTicks(Plot plot, int epochs)
    {
        var every = TickSteps.FirstOrDefault(k => epochs / k <= 12, Math.Max(1, epochs / 10));
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var e = 0; e <= epochs; e += every) ticks.AddMajor(e, Fmt.Int(e));
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.SetLimitsX(-0.01 * epochs, 1.01 * epochs);
    }
}
