namespace FFRepro.Harness.Report;

/// <summary>A figure written as <c>figures/{Name}.png</c> and <c>figures/{Name}.svg</c>.</summary>
/// <param name="Name">File name without extension, e.g. <c>curves_d2_w100_e10</c>.</param>
/// <param name="Caption">What the figure shows, for the link text.</param>
internal sealed record FigureInfo(string Name, string Caption);
