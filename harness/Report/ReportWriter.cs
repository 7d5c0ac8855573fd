using FFRepro.Harness.Results;

namespace FFRepro.Harness.Report;

/// <summary>Writes the human-readable report of a grid: report.md and its figures (PNG and SVG).</summary>
public static class ReportWriter
{
    /// <summary>
    /// Writes <c>{reportFolder}/report.md</c> and <c>{reportFolder}/figures/*.png|svg</c>: one curves figure per cell
    /// (<c>curves_d{depth}_w{width}_e{epochs}</c>), <c>delays</c>, <c>correlation_vs_width</c>,
    /// <c>correlation_vs_width_detrended</c> and <c>correlation_vs_width_epoch_ends</c>. Folders are created when missing;
    /// existing files of the same names are replaced.
    /// </summary>
    /// <remarks>
    /// The Markdown uses the invariant culture and fixed formats (3 decimals for effects, 3 significant digits for p), and
    /// lists provenance in key order, so the same input gives the same bytes on every machine. report.md is written
    /// last, through a temporary file, so its presence means every figure it links to exists.
    /// </remarks>
    /// <returns>The path of report.md.</returns>
    /// <exception cref="ArgumentNullException">An argument, or a member of <paramref name="input"/>, is null.</exception>
    public static string Write(ReportInput input, string reportFolder)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reportFolder);
        ArgumentNullException.ThrowIfNull(input.Provenance);
        ArgumentNullException.ThrowIfNull(input.SpecJson);
        ArgumentNullException.ThrowIfNull(input.Runs);
        ArgumentNullException.ThrowIfNull(input.Curves);
        ArgumentNullException.ThrowIfNull(input.Tables);
        ArgumentNullException.ThrowIfNull(input.Options);

        var figuresFolder = Path.GetFullPath(Path.Combine(reportFolder, "figures"));
        var figures = new List<FigureInfo>();
        StorageException.Guard(figuresFolder, () =>
        {
            Directory.CreateDirectory(figuresFolder);
            figures.AddRange(CurveFigures.Write(input, figuresFolder));
            figures.Add(DelayFigure.Write(input, figuresFolder));
            figures.AddRange(CorrelationWidthFigure.Write(input, figuresFolder));
        });

        var path = Path.Combine(reportFolder, "report.md");
        var bytes = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ReportMarkdown.Build(input, figures));
        AtomicFile.Write(path, s => s.Write(bytes));
        return path;
    }
}
