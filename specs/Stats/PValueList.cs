namespace FFRepro.Specs.Stats;

/// <summary>A family of p-values in [0, 1].</summary>
public sealed record PValueList(double[] P)
{
    public override string ToString() => $"[{string.Join(", ", P)}]";
}
