namespace FFRepro.Stats.Suite;

/// <summary>Which per-run correlation a correlation-based hypothesis row uses (<paramref name="PointSet"/>: see <see cref="CorrelationStage"/>).</summary>
internal sealed record CorrelationVariant(string Name, string Metric, string Method, bool Detrended, string PointSet = CorrelationStage.AllPoints);
