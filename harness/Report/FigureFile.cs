using ScottPlot;

namespace FFRepro.Harness.Report;

/// <summary>Saves a plot as PNG (for viewing) and SVG (for papers), with the same name and size.</summary>
internal static class FigureFile
{
    /// <summary>Default size in pixels; large enough for a dozen legend entries.</summary>
    public const int Width = 900, Height = 560;

    /// <summary>Writes <c>{folder}/{name}.png</c> and <c>{folder}/{name}.svg</c>.</summary>
    public static FigureInfo Save(Plot plot, string folder, string name, string caption, int width = Width, int height = Height)
    {
        plot.SavePng(Path.Combine(folder, name + ".png"), width, height);
        plot.SaveSvg(Path.Combine(folder, name + ".svg"), width, height);
        return new FigureInfo(name, caption);
    }

    /// <summary>Writes a multi-panel figure as <c>{folder}/{name}.png</c> and <c>.svg</c> (ScottPlot saves multiplots only as
    /// PNG; the SVG is rendered through Skia's SVG canvas, as ScottPlot does for single plots).</summary>
    public static FigureInfo Save(Multiplot multiplot, string folder, string name, string caption, int width, int height)
    {
        multiplot.SavePng(Path.Combine(folder, name + ".png"), width, height);
        using (var stream = File.Create(Path.Combine(folder, name + ".svg")))
        using (var canvas = SkiaSharp.SKSvgCanvas.Create(new SkiaSharp.SKRect(0, 0, width, height), stream))
            multiplot.Render(canvas, new PixelRect(0, width, height, 0));
        return new FigureInfo(name, caption);
    }

    /// <summary>The points of a series whose x and y are both finite (ScottPlot would draw gaps as spikes to NaN).</summary>
    public static (double[] Xs, double[] Ys) Finite(IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        var keep = Enumerable.Range(0, xs.Count).Where(i => double.IsFinite(xs[i]) && double.IsFinite(ys[i])).ToArray();
        return (keep.Select(i => xs[i]).ToArray(), keep.Select(i => ys[i]).ToArray());
    }
}
