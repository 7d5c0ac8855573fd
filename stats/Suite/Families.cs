namespace FFRepro.Stats.Suite;

/// <summary>Names of the test families (Holm is applied within a family and variant).</summary>
internal static class Families
{
    public const string H1Delay = "H1-delay";
    public const string H2Level = "H2-level";
    public const string H2Paired = "H2-paired";
    public const string H3Width = "H3-width";
}
