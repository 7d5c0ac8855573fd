namespace FFRepro.Specs.Stats;

/// <summary>Two equal-length, non-constant samples.</summary>
public sealed record SamplePair(double[] X, double[] Y)
{
    public override string ToString() => $"X=[{string.Join(", ", X)}] Y=[{string.Join(", ", Y)}]";
}
