using FFRepro.Stats.Onsets;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FFRepro.Specs.Stats;

public sealed class OnsetSpecs
{
    // Hand example: a(0) = 0.5, max = 0.9, threshold at tau 0.5 = 0.7, first reached at point 3.
    [Theory]
    [InlineData(0.5, 3)]
    [InlineData(0.25, 2)]
    [InlineData(0.9, 4)]
    [InlineData(1.0, 5)]
    public void Onset_is_the_first_point_covering_tau_of_the_rise(double tau, int expected) =>
        Assert.Equal(expected, Onset.Find([0.5, 0.55, 0.62, 0.71, 0.88, 0.9, 0.89], tau).Index);

    /// <summary>
    /// Accuracies 180, 600, 840, 1500 of 2000: at tau 0.5 the threshold is 840 correct, reached at epoch 2. On the doubles
    /// a(0) + 0.5 (max - a(0)) = 0.42000000000000004 &gt; 0.42, which would put the onset at epoch 3.
    /// </summary>
    [Fact]
    public void An_accuracy_exactly_on_the_threshold_reaches_it_whatever_the_last_bit_of_the_arithmetic()
    {
        double[] a = [180 / 2000.0, 600 / 2000.0, 840 / 2000.0, 1500 / 2000.0];
        Assert.True(a[2] < a[0] + 0.5 * (a[3] - a[0]));
        Assert.Equal(2, Onset.Find(a, 0.5).Index);
    }

    [Fact]
    public void A_flat_curve_has_no_onset_and_says_why()
    {
        var o = Onset.Find([0.5, 0.5, 0.49, 0.5], 0.5);
        Assert.Null(o.Index);
        Assert.Equal(OnsetReasons.NoRise, o.MissingReason);
    }

    [Fact]
    public void A_curve_with_NaN_has_no_onset_and_says_why() =>
        Assert.Equal(OnsetReasons.NonFinite, Onset.Find([0.5, double.NaN, 0.9], 0.5).MissingReason);

    [Fact]
    public void A_single_point_has_no_onset() => Assert.Equal(OnsetReasons.TooShort, Onset.Find([0.5], 0.5).MissingReason);

    [Fact]
    public void Tau_outside_the_unit_interval_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Onset.Find([0.1, 0.9], 0));

    [Property(Arbitrary = [typeof(StatsArbitraries)])]
    public Property Onset_shifts_by_k_when_the_curve_is_delayed_by_k(AccuracyCurve curve, byte k)
    {
        var shift = k % 20;
        var delayed = Enumerable.Repeat(curve.Values[0], shift).Concat(curve.Values).ToArray();
        var before = Onset.Find(curve.Values, 0.5);
        var after = Onset.Find(delayed, 0.5);
        return (before.Found == after.Found).Label("found in both or neither")
            .And((!before.Found || after.Index == before.Index + shift).Label("shifted by k"))
            .And((before.Found || after.MissingReason == before.MissingReason).Label("same reason when missing"))
            .Classify(!before.Found, "no onset");
    }

    [Property(Arbitrary = [typeof(StatsArbitraries)])]
    public Property Onset_is_monotone_in_tau(AccuracyCurve curve)
    {
        var taus = new[] { 0.1, 0.25, 0.5, 0.75, 0.9, 1.0 };
        var onsets = taus.Select(t => Onset.Find(curve.Values, t)).ToArray();
        var found = onsets.All(o => o.Found);
        var monotone = !found || onsets.Zip(onsets.Skip(1)).All(p => p.First.Index <= p.Second.Index);
        return (found || onsets.All(o => !o.Found)).Label("all taus agree on missing")
            .And(monotone.Label("non-decreasing in tau"))
            .And((!found || onsets.All(o => o.Index >= 1)).Label("never 0"));
    }
}
