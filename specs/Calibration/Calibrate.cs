using Xunit;
using Xunit.Abstractions;

namespace FFRepro.Specs.Calibration;

/// <summary>
/// The loop every calibration spec runs: draw many synthetic data sets from one seeded generator, test each, and count
/// how often the test rejects at alpha (size, power) or its interval covers the truth (coverage). Size is claimed at
/// most alpha + 2.33 Monte Carlo standard errors (a one-sided 99% bound, so a correct test fails about 1% of the time
/// for a given seed, never flakily since the seed is fixed); power at least a stated minimum; coverage at least the
/// nominal level less 3 Monte Carlo standard errors.
/// </summary>
public static class Calibrate
{
    /// <summary>The level every calibration tests at.</summary>
    public const double Alpha = 0.05;

    /// <summary>
    /// Share of <paramref name="trials"/> data sets for which <paramref name="hit"/> holds; every data set is drawn from
    /// one generator seeded with <paramref name="seed"/>, and <paramref name="hit"/> also gets the trial's index (0-based),
    /// the seed of any resampling inside the trial.
    /// </summary>
    public static double Rate(int trials, int seed, Func<Random, int, bool> hit)
    {
        var random = new Random(seed);
        var hits = 0;
        for (var i = 0; i < trials; i++)
            if (hit(random, i)) hits++;
        return hits / (double)trials;
    }

    /// <summary>Share of <paramref name="trials"/> data sets whose p-value is at most <see cref="Alpha"/>.</summary>
    public static double RejectionRate(int trials, int seed, Func<Random, double> pValue) =>
        Rate(trials, seed, (random, _) => pValue(random) <= Alpha);

    /// <summary>Smallest coverage the claim of a <paramref name="nominal"/> interval allows over <paramref name="trials"/> data sets.</summary>
    public static double CoverageBound(int trials, double nominal = 0.95) => nominal - 3 * Math.Sqrt(nominal * (1 - nominal) / trials);

    /// <summary>Prints (when <paramref name="output"/> is given) the share of data sets whose interval covers the truth and
    /// asserts it is at least <see cref="CoverageBound"/> of a 95% interval.</summary>
    public static double Coverage(ITestOutputHelper? output, string what, int trials, int seed, Func<Random, int, bool> covers)
    {
        var rate = Rate(trials, seed, covers);
        output?.WriteLine($"{what}: coverage {rate:F3} over {trials} data sets (claimed >= {CoverageBound(trials):F3})");
        Assert.True(rate >= CoverageBound(trials), $"{what}: coverage {rate} < {CoverageBound(trials)}");
        return rate;
    }

    /// <summary>Largest false-positive rate the size claim allows for <paramref name="trials"/> null data sets.</summary>
    public static double SizeBound(int trials) => Alpha + 2.33 * Math.Sqrt(Alpha * (1 - Alpha) / trials);

    /// <summary>Prints the false-positive rate on null data and asserts it is at most <see cref="SizeBound"/> when <paramref name="claimed"/>.</summary>
    public static double Size(ITestOutputHelper output, string what, int trials, int seed, Func<Random, double> pValue, bool claimed = true)
    {
        var rate = RejectionRate(trials, seed, pValue);
        output.WriteLine($"{what}: false-positive rate {rate:F3} over {trials} null data sets (claimed <= {SizeBound(trials):F3}: {claimed})");
        if (claimed) Assert.True(rate <= SizeBound(trials), $"{what}: false-positive rate {rate} > {SizeBound(trials)}");
        return rate;
    }

    /// <summary>Prints the rejection rate on planted effects and asserts it is at least <paramref name="minimum"/>.</summary>
    public static double Power(ITestOutputHelper output, string what, int trials, int seed, Func<Random, double> pValue, double minimum = 0.8)
    {
        var rate = RejectionRate(trials, seed, pValue);
        output.WriteLine($"{what}: power {rate:F3} over {trials} data sets (claimed >= {minimum})");
        Assert.True(rate >= minimum, $"{what}: power {rate} < {minimum}");
        return rate;
    }
}
