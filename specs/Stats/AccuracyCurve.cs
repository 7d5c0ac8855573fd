namespace FFRepro.Specs.Stats;

/// <summary>An accuracy-like curve a(0..E) in [0, 1].</summary>
public sealed record AccuracyCurve(double[] Values)
{
    public override string ToString() => $"[{string.Join(", ", Values)}]";
}
