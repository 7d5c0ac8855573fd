using FFRepro.Stats.Data;
using FFRepro.Stats.Onsets;
using FFRepro.Stats.Tests;

namespace FFRepro.Stats;

/// <summary>Every parameter of the statistics, with documented defaults; validate once with <see cref="Validate"/>.</summary>
public sealed record StatsOptions
{
    /// <summary>The defaults.</summary>
    public static StatsOptions Default { get; } = new();

    /// <summary>Primary onset fraction of the rise (0, 1]. Default 0.5.</summary>
    public double Tau { get; init; } = 0.5;

    /// <summary>Further taus reported as robustness rows of H1. Default {0.25, 0.75, 0.9}.</summary>
    public IReadOnlyList<double> ExtraTaus { get; init; } = [0.25, 0.75, 0.9];

    /// <summary>A rise max a - a(0) below this has no onset (accuracy units). Default 1e-6.</summary>
    public double OnsetEpsilon { get; init; } = Onset.DefaultEpsilon;

    /// <summary>Layer metric of the primary analysis. Default <c>layer_ff_accuracy</c>.</summary>
    public string LayerMetric { get; init; } = MetricNames.LayerFfAccuracy;

    /// <summary>Layer metric of the <c>goodness_metric</c> robustness rows (skipped, with an exclusion row, when absent).</summary>
    public string AlternativeLayerMetric { get; init; } = MetricNames.LayerGoodnessAccuracy;

    /// <summary>Model metric (layer 0). Default <c>model_classifier_accuracy</c>.</summary>
    public string ModelMetric { get; init; } = MetricNames.ModelClassifierAccuracy;

    /// <summary>Split whose curves are analysed: <c>test</c> or <c>train</c>. Default <c>test</c>.</summary>
    public string Split { get; init; } = Splits.Test;

    /// <summary>Family-wise error rate for Holm's procedure. Default 0.05.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>Confidence level of every interval. Default 0.95.</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>Correlation called "strong" in H2's level test; the null value of its t-test is atanh(StrongR). Default 0.7.</summary>
    public double StrongR { get; init; } = 0.7;

    /// <summary>
    /// Fraction of the model curve's rise (max - a(0)) that ends the rise phase of the <c>rise</c> and <c>plateau</c>
    /// correlation variants, in (0, 1). Default 0.9.
    /// </summary>
    public double RiseFraction { get; init; } = 0.9;

    /// <summary>
    /// Relative tolerance within which two values are equal: paired differences that small are zeros, and values that
    /// close share a rank (<see cref="NearTies"/>). Default 1e-9.
    /// </summary>
    public double TieTolerance { get; init; } = NearTies.DefaultRelativeTolerance;

    /// <summary>Fewest usable runs for a test; fewer gives an <c>inconclusive</c> row without a p-value. Default 5.</summary>
    public int MinRuns { get; init; } = 5;

    /// <summary>Bootstrap resamples for the mean and median CIs. Default 2000.</summary>
    public int BootstrapResamples { get; init; } = 2000;

    /// <summary>Bootstrap interval kind. Default percentile.</summary>
    public BootstrapMethod BootstrapMethod { get; init; } = BootstrapMethod.Percentile;

    /// <summary>Seed of the bootstrap resampling (the same for every row). Default 20250415.</summary>
    public int ResamplingSeed { get; init; } = 20250415;

    /// <summary>Permutations of H3's permutation test, and random sign patterns of H1's sign-flip test when it cannot be exact. Default 5000.</summary>
    public int Permutations { get; init; } = 5000;

    /// <summary>Seed of the permutations (the same for every row). Default 20250416.</summary>
    public int PermutationSeed { get; init; } = 20250416;

    /// <summary>Every violated constraint, each naming its field; empty when valid.</summary>
    public IReadOnlyList<string> Violations()
    {
        var v = new List<string>();
        static bool InUnit(double t) => t > 0 && t <= 1;
        if (!InUnit(Tau)) v.Add($"{nameof(Tau)} must lie in (0, 1], was {Tau}.");
        if (ExtraTaus is null) v.Add($"{nameof(ExtraTaus)} must not be null.");
        else
        {
            foreach (var t in ExtraTaus.Where(t => !InUnit(t))) v.Add($"{nameof(ExtraTaus)} must lie in (0, 1], has {t}.");
            if (ExtraTaus.Distinct().Count() != ExtraTaus.Count) v.Add($"{nameof(ExtraTaus)} must not repeat a value.");
        }

        if (!(OnsetEpsilon >= 0)) v.Add($"{nameof(OnsetEpsilon)} must be >= 0, was {OnsetEpsilon}.");
        if (string.IsNullOrWhiteSpace(LayerMetric)) v.Add($"{nameof(LayerMetric)} must be named.");
        if (string.IsNullOrWhiteSpace(AlternativeLayerMetric)) v.Add($"{nameof(AlternativeLayerMetric)} must be named.");
        if (string.IsNullOrWhiteSpace(ModelMetric)) v.Add($"{nameof(ModelMetric)} must be named.");
        if (Split is not (Splits.Test or Splits.Train)) v.Add($"{nameof(Split)} must be \"test\" or \"train\", was \"{Split}\".");
        if (!(Alpha > 0 && Alpha < 1)) v.Add($"{nameof(Alpha)} must lie in (0, 1), was {Alpha}.");
        if (!(Confidence > 0 && Confidence < 1)) v.Add($"{nameof(Confidence)} must lie in (0, 1), was {Confidence}.");
        if (!(StrongR > -1 && StrongR < 1)) v.Add($"{nameof(StrongR)} must lie in (-1, 1), was {StrongR}.");
        if (!(RiseFraction > 0 && RiseFraction < 1)) v.Add($"{nameof(RiseFraction)} must lie in (0, 1), was {RiseFraction}.");
        if (!(TieTolerance >= 0 && TieTolerance < 1e-3)) v.Add($"{nameof(TieTolerance)} must lie in [0, 1e-3), was {TieTolerance}.");
        if (MinRuns < 3) v.Add($"{nameof(MinRuns)} must be >= 3, was {MinRuns}.");
        if (BootstrapResamples < 100) v.Add($"{nameof(BootstrapResamples)} must be >= 100, was {BootstrapResamples}.");
        if (!Enum.IsDefined(BootstrapMethod)) v.Add($"{nameof(BootstrapMethod)} is not a known method: {BootstrapMethod}.");
        if (Permutations < 100) v.Add($"{nameof(Permutations)} must be >= 100, was {Permutations}.");
        return v;
    }

    /// <summary>Throws when <see cref="Violations"/> is not empty.</summary>
    /// <exception cref="ArgumentException">Lists every violation, each naming its field.</exception>
    public void Validate()
    {
        var v = Violations();
        if (v.Count > 0) throw new ArgumentException("Invalid StatsOptions: " + string.Join(" ", v));
    }
}
