namespace FFRepro.Stats.Tests;

/// <summary>How a bootstrap confidence interval is read off the resampled statistics.</summary>
public enum BootstrapMethod
{
    /// <summary>Percentile interval: the alpha/2 and 1 - alpha/2 quantiles of the bootstrap distribution.</summary>
    Percentile,

    /// <summary>Efron's bias-corrected and accelerated interval (bias from the bootstrap, acceleration from the jackknife).</summary>
    Bca,
}
