using FFRepro.Stats.Correlation;

namespace FFRepro.Stats.Suite;

/// <summary>Which per-run correlation a correlation-based hypothesis row uses.</summary>
internal sealed record CorrelationVariant(string Name, string Metric, CorrelationMethod Method, bool Detrended, CurveWindow Window = CurveWindow.Whole);
