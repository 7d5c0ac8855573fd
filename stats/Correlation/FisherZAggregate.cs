using FFRepro.Stats.Tests;

namespace FFRepro.Stats.Correlation;

/// <summary>Aggregation of per-run correlations over seeds on the Fisher-z scale.</summary>
public static class FisherZAggregate
{
    /// <summary>
    /// Mean correlation over runs: z_i = <see cref="FisherZ.Transform"/>(r_i); the mean of z with a t interval
    /// over the between-run spread of z (not 1/(n-3), because epochs within a run are autocorrelated), back-transformed
    /// with tanh. The result is in r units.
    /// </summary>
    /// <returns>Empty input: all NaN. One run: its r with NaN bounds.</returns>
    /// <exception cref="ArgumentException">An r is NaN or +-1 (exclude undefined and perfect correlations first, with a count).</exception>
    public static Estimate MeanCorrelation(IReadOnlyList<double> r, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.Any(double.IsNaN)) throw new ArgumentException("Correlations must not be NaN.", nameof(r));
        if (r.Any(FisherZ.IsPerfect)) throw new ArgumentException("Correlations must not be +-1 (their z is infinite).", nameof(r));
        return MeanOfZ(r.Select(FisherZ.Transform).ToArray(), confidence);
    }

    /// <summary>The same from per-run Fisher z values (no round trip through r): mean z with its t interval, back-transformed.</summary>
    /// <exception cref="ArgumentException">A z is NaN or infinite.</exception>
    public static Estimate MeanOfZ(IReadOnlyList<double> z, double confidence = 0.95)
    {
        var mean = OneSampleT.MeanCi(z, confidence);
        return new Estimate(FisherZ.Inverse(mean.Value), FisherZ.Inverse(mean.Low), FisherZ.Inverse(mean.High), mean.N);
    }
}
