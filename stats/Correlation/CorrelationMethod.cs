namespace FFRepro.Stats.Correlation;

/// <summary>Which correlation coefficient.</summary>
public enum CorrelationMethod
{
    /// <summary>Pearson's product-moment r.</summary>
    Pearson,

    /// <summary>Spearman's rho: Pearson's r of the average ranks (ties share the mean rank).</summary>
    Spearman,
}
