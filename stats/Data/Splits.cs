namespace FFRepro.Stats.Data;

/// <summary>The vocabulary of <see cref="CurvePoint.Split"/>: which images a curve point was measured on.</summary>
public static class Splits
{
    /// <summary>The held-out test images.</summary>
    public const string Test = "test";

    /// <summary>The training images.</summary>
    public const string Train = "train";
}
