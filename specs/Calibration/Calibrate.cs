using Xunit;
using Xunit.Abstractions;

namespace FFRepro.Specs.Calibration;

/// <summary>
/// The loop every calibration spec runs: draw many synthetic data sets from one seeded generator, test each, and count
/// the rejections at alpha. Size is claimed at most alpha + 2.33 Monte Carlo standard errors (a one-sided 99% bound,
/// so a correct test fails about 1% of the time for a given seed, never flakily since the seed is fixed); power at least a
/// stated minimum.
/// </summary>
public static class Calibrate
{
    /// <summary>The level every calibration tests at.</summary>
    public const double Alpha = 0.05;

    /// <summary>Share of <paramref name="trials"/> data sets whose p-value is at most <see cref="Alpha"/>.</summary>
    public static double RejectionRate(int trials, int seed, Func<Random, double> pValue)
    {
        var random = new Random(seed);
        var rejected = 0;
        for (var i = 0; i < trials; i++)
            if (pValue(random) <= Alpha) rejected++;
        return rejected / (double)trials;
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
