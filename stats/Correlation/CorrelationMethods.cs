namespace FFRepro.Stats.Correlation;

/// <summary>The stored names of <see cref="CorrelationMethod"/> (the values of <see cref="CorrelationRow.Method"/>).</summary>
public static class CorrelationMethods
{
    /// <summary>Every method, in the order the correlation table lists them.</summary>
    public static IReadOnlyList<CorrelationMethod> All { get; } = [CorrelationMethod.Pearson, CorrelationMethod.Spearman];

    /// <summary>The lower-case name: <c>pearson</c> or <c>spearman</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined method.</exception>
    public static string Name(CorrelationMethod method) => method switch
    {
        CorrelationMethod.Pearson => "pearson",
        CorrelationMethod.Spearman => "spearman",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "not a correlation method"),
    };
}
