using FFRepro.Stats;
using FFRepro.Stats.Correlation;
using FFRepro.Stats.Data;
using FFRepro.Stats.Hypotheses;
using Xunit;

namespace FFRepro.Specs.Stats;

/// <summary>Onsets, delays and correlations on an uneven schedule of evaluation points, in optimizer steps.</summary>
public sealed class StepAxisSpecs
{
    private static readonly StatsOptions Fast = StatsOptions.Default with { BootstrapResamples = 200, Permutations = 200, ExtraTaus = [] };

    // Points 0, 2, 5, 10, 20, 30 with 10 steps per epoch: epoch ends 0, 10, 20, 30.
    private static readonly long[] Steps = [0, 2, 5, 10, 20, 30];

    /// <summary>Six runs of depth 2; layer 1 jumps between steps 2 and 5; layer 2 jumps with it (seeds 0-2) or between steps 5 and 10 (seeds 3-5).</summary>
    private static (List<RunInfo> Runs, List<CurvePoint> Curves) Grid()
    {
        var runs = new List<RunInfo>();
        var curves = new List<CurvePoint>();
        for (var seed = 0; seed < 6; seed++)
        {
            var id = $"r{seed}";
            runs.Add(new RunInfo(id, 2, 16, 3, seed, RunStatus.Ok) { StepsPerEpoch = 10 });
            double[] model = [0.1, 0.2, 0.5, 0.7, 0.8, 0.85 + 0.01 * seed];
            double[] first = [0.5, 0.52, 0.8, 0.85, 0.9, 0.91 + 0.001 * seed];
            double[] second = seed < 3 ? [0.5, 0.51, 0.75, 0.8, 0.85, 0.9 - 0.001 * seed] : [0.5, 0.5, 0.55, 0.8, 0.85, 0.88 + 0.001 * seed];
            for (var i = 0; i < Steps.Length; i++)
            {
                curves.Add(new CurvePoint(id, 2, 16, 3, seed, Steps[i], 0, MetricNames.ModelClassifierAccuracy, Splits.Test, model[i]));
                curves.Add(new CurvePoint(id, 2, 16, 3, seed, Steps[i], 1, MetricNames.LayerFfAccuracy, Splits.Test, first[i]));
                curves.Add(new CurvePoint(id, 2, 16, 3, seed, Steps[i], 2, MetricNames.LayerFfAccuracy, Splits.Test, second[i]));
            }
        }
        return (runs, curves);
    }

    [Fact]
    public void An_onset_is_the_step_of_its_point_with_the_steps_since_the_point_before_as_resolution()
    {
        var t = StatsSuite.Compute(Grid().Runs, Grid().Curves, Fast);
        var o = t.Onsets.Single(r => r is { RunId: "r0", Layer: 1 });
        Assert.Equal((5L, 0.5, 3L), (o.OnsetStep!.Value, o.OnsetEpoch!.Value, o.ResolutionSteps!.Value));
    }

    [Fact]
    public void Onsets_on_the_same_point_give_a_delay_below_resolution_not_a_zero_delay()
    {
        var t = StatsSuite.Compute(Grid().Runs, Grid().Curves, Fast);
        var d = t.Delays.Single(r => r.RunId == "r0");
        Assert.Equal(0, d.DelaySteps);
        Assert.True(d.BelowResolution);
        Assert.Equal(3, d.ResolutionSteps);
        Assert.Equal((-3L, 3L), (d.DelayMinSteps!.Value, d.DelayMaxSteps!.Value));   // the true delay lies strictly inside
    }

    [Fact]
    public void A_delay_across_points_is_resolved_and_bounded_by_the_bracketing_points()
    {
        var t = StatsSuite.Compute(Grid().Runs, Grid().Curves, Fast);
        var d = t.Delays.Single(r => r.RunId == "r3");
        Assert.Equal((5L, 0.5), (d.DelaySteps!.Value, d.DelayEpochs!.Value));
        Assert.False(d.BelowResolution);
        Assert.Equal((0L, 8L, 5L), (d.DelayMinSteps!.Value, d.DelayMaxSteps!.Value, d.ResolutionSteps!.Value));
        var h1 = t.Hypotheses.Single(h => h is { Family: Families.H1Delay, Variant: Variants.Primary });
        Assert.Equal("mean delay (steps)", h1.EffectUnit);
        Assert.Equal(6, h1.N);   // below-resolution delays enter as ties (0 steps), they are not excluded
        Assert.Equal((2.5, 0.5), (h1.Effect, h1.ZeroFraction!.Value));
    }

    [Fact]
    public void Correlations_are_given_over_every_point_and_over_the_epoch_ends_only()
    {
        var t = StatsSuite.Compute(Grid().Runs, Grid().Curves, Fast);
        var raw = t.Correlations.Where(c => c is { RunId: "r0", Layer: 1, Method: "pearson", Detrended: false }).ToList();
        Assert.Equal(6, raw.Single(c => c.Window == CurveWindows.Name(CurveWindow.Whole)).Points);
        Assert.Equal(4, raw.Single(c => c.Window == CurveWindows.Name(CurveWindow.EpochEnds)).Points);
        Assert.Contains(t.Hypotheses, h => h is { Family: Families.H2Level, Variant: Variants.EpochEnds });
    }

    [Fact]
    public void With_one_point_per_epoch_the_whole_curve_and_its_epoch_ends_give_the_same_correlations()
    {
        var (runs, curves) = Grid();
        runs = runs.Select(r => r with { StepsPerEpoch = 1 }).ToList();
        var t = StatsSuite.Compute(runs, curves, Fast);
        // Steps 0, 2, 5, ... are all multiples of 1: every point is an epoch end.
        // The epoch_ends window is computed for the variant that asks for it: raw Pearson of the primary layer metric.
        var asked = t.Correlations.Where(c => c is { Method: "pearson", Detrended: false } && c.LayerMetric == Fast.LayerMetric).ToList();
        Assert.NotEmpty(asked);
        foreach (var g in asked.GroupBy(c => (c.RunId, c.Layer)))
            Assert.Equal(g.Single(c => c.Window == CurveWindows.Name(CurveWindow.Whole)).R, g.Single(c => c.Window == CurveWindows.Name(CurveWindow.EpochEnds)).R);
    }

    [Fact]
    public void A_curve_without_step_0_or_with_a_repeated_step_is_excluded_with_a_count()
    {
        var (runs, curves) = Grid();
        curves.RemoveAll(p => p is { RunId: "r0", Layer: 2, Step: 0 });
        var i = curves.FindIndex(p => p is { RunId: "r1", Layer: 2, Step: 20 });
        curves[i] = curves[i] with { Step = 10 };
        var t = StatsSuite.Compute(runs, curves, Fast);
        Assert.Contains(t.Exclusions, e => e is { Stage: "curves", Reason: "no_point_at_step_0", Count: 1 });
        Assert.Contains(t.Exclusions, e => e is { Stage: "curves", Reason: "step_repeated", Count: 1 });
    }
}
