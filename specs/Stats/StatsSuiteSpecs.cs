using FFRepro.Specs.Calibration;
using FFRepro.Stats;
using FFRepro.Stats.Data;
using FFRepro.Stats.Hypotheses;
using Xunit;

namespace FFRepro.Specs.Stats;

public sealed class StatsSuiteSpecs
{
    private static readonly StatsOptions Fast = StatsOptions.Default with { BootstrapResamples = 200, Permutations = 200 };

    private static (List<RunInfo> Runs, List<CurvePoint> Curves) Grid(double delay, int seeds = 10, double slope = 0) =>
        SyntheticGrid.Build([3], [100, 1000], 100, seeds, delay, slope, 7);

    [Fact]
    public void A_planted_delay_is_supported_for_every_adjacent_pair()
    {
        var (runs, curves) = Grid(delay: 6);
        var h1 = StatsSuite.Compute(runs, curves, Fast).Hypotheses.Where(h => h.Family == Families.H1Delay && h.Variant == Variants.Primary).ToList();
        Assert.Equal(4, h1.Count); // 2 cells x 2 adjacent pairs
        Assert.All(h1, h => Assert.Equal(Verdicts.Supported, h.Verdict));
        Assert.All(h1, h => Assert.InRange(h.Effect, 4, 8));
    }

    [Fact]
    public void Tables_have_the_expected_shape_and_every_variant()
    {
        var (runs, curves) = Grid(delay: 3);
        var t = StatsSuite.Compute(runs, curves, Fast);
        Assert.Equal(20 * 3 * 2 * 4, t.Onsets.Count); // runs x layers x metrics x taus
        Assert.Equal(20 * 2 * 2 * 4, t.Delays.Count);
        // runs x layers x (2 metrics x 2 methods x 2 detrending over the whole curve + 4 windows of the primary metric)
        Assert.Equal(20 * 3 * (2 * 4 + 4), t.Correlations.Count);
        var variants = t.Hypotheses.Select(h => (h.Family, h.Variant)).Distinct().ToList();
        Assert.Contains((Families.H1Delay, "tau=0.25"), variants);
        Assert.Contains((Families.H1Delay, Variants.GoodnessMetric), variants);
        Assert.Contains((Families.H2Level, Variants.Detrended), variants);
        Assert.Contains((Families.H2Level, Variants.EpochEnds), variants);
        Assert.Contains((Families.H3Width, Variants.Primary), variants);
        foreach (var v in new[] { Variants.DropFirst, Variants.Rise, Variants.Plateau, Variants.EpochEnds }) Assert.Contains((Families.H2Paired, v), variants);
        Assert.All(t.Hypotheses, h => Assert.Contains(h.Verdict, new[] { Verdicts.Supported, Verdicts.NotSupported, Verdicts.Inconclusive }));
        Assert.All(t.Hypotheses.Where(h => !double.IsNaN(h.P)), h => Assert.True(h.PHolm >= h.P));
    }

    [Fact]
    public void Compute_is_deterministic()
    {
        var (runs, curves) = Grid(delay: 3);
        Assert.Equal(StatsSuite.Compute(runs, curves, Fast).Hypotheses, StatsSuite.Compute(runs, curves, Fast).Hypotheses);
    }

    [Fact]
    public void Diverged_and_failed_runs_are_excluded_with_a_count()
    {
        var (runs, curves) = Grid(delay: 3);
        runs[0] = runs[0] with { Status = RunStatus.Diverged };
        runs[1] = runs[1] with { Status = RunStatus.Diverged };
        runs[2] = runs[2] with { Status = RunStatus.Failed };
        var t = StatsSuite.Compute(runs, curves, Fast);
        Assert.Contains(t.Exclusions, e => e is { Stage: "runs", Reason: "status=diverged", Count: 2 });
        Assert.Contains(t.Exclusions, e => e is { Stage: "runs", Reason: "status=failed", Count: 1 });
        Assert.DoesNotContain(t.Onsets, o => o.RunId == runs[0].RunId);
    }

    [Fact]
    public void A_curve_with_NaN_is_excluded_with_a_count_not_used()
    {
        var (runs, curves) = Grid(delay: 3);
        var i = curves.FindIndex(p => p.RunId == runs[0].RunId && p.Layer == 2 && p.Metric == MetricNames.LayerFfAccuracy && p.Step == 5);
        curves[i] = curves[i] with { Value = double.NaN };
        var t = StatsSuite.Compute(runs, curves, Fast);
        Assert.Contains(t.Exclusions, e => e is { Stage: "curves", Reason: "non_finite_values", Count: 1 });
        Assert.DoesNotContain(t.Onsets, o => o.RunId == runs[0].RunId && o.Layer == 2 && o.Metric == MetricNames.LayerFfAccuracy);
        var pair = t.Hypotheses.Single(h => h is { Family: Families.H1Delay, Variant: Variants.Primary, Width: 100, Layers: "1-2" });
        Assert.Equal((9, 1), (pair.N, pair.Excluded));
    }

    [Fact]
    public void A_missing_primary_metric_is_a_clear_error()
    {
        var (runs, curves) = Grid(delay: 3);
        var without = curves.Where(p => p.Metric != MetricNames.ModelClassifierAccuracy).ToList();
        var message = Assert.Throws<StatsInputException>(() => StatsSuite.Compute(runs, without, Fast)).Message;
        Assert.Contains(MetricNames.ModelClassifierAccuracy, message);
    }

    [Fact]
    public void A_missing_robustness_metric_skips_its_rows_with_a_note()
    {
        var (runs, curves) = Grid(delay: 3);
        var without = curves.Where(p => p.Metric != MetricNames.LayerGoodnessAccuracy).ToList();
        var t = StatsSuite.Compute(runs, without, Fast);
        Assert.DoesNotContain(t.Hypotheses, h => h.Variant == Variants.GoodnessMetric);
        Assert.Contains(t.Exclusions, e => e.Stage == "variants" && e.Scope == MetricNames.LayerGoodnessAccuracy);
    }

    [Fact]
    public void Empty_runs_are_a_clear_error() =>
        Assert.Throws<StatsInputException>(() => StatsSuite.Compute([], [], Fast));

    [Fact]
    public void Duplicate_run_ids_are_a_clear_error()
    {
        var (runs, curves) = Grid(delay: 3);
        runs.Add(runs[0]);
        Assert.Contains("twice", Assert.Throws<StatsInputException>(() => StatsSuite.Compute(runs, curves, Fast)).Message);
    }

    [Fact]
    public void A_single_seed_gives_inconclusive_rows_without_p_values()
    {
        var (runs, curves) = Grid(delay: 6, seeds: 1);
        var t = StatsSuite.Compute(runs, curves, Fast);
        Assert.All(t.Hypotheses.Where(h => h.Hypothesis != "H3"), h =>
        {
            Assert.Equal(Verdicts.Inconclusive, h.Verdict);
            Assert.True(double.IsNaN(h.P));
            Assert.Equal(1, h.N);
        });
    }

    [Fact]
    public void A_flat_layer_has_missing_onsets_never_zero()
    {
        var (runs, curves) = Grid(delay: 3);
        for (var i = 0; i < curves.Count; i++)
            if (curves[i] is { Layer: 3, Metric: MetricNames.LayerFfAccuracy }) curves[i] = curves[i] with { Value = 0.5 };
        var t = StatsSuite.Compute(runs, curves, Fast);
        Assert.All(t.Onsets.Where(o => o is { Layer: 3, Metric: MetricNames.LayerFfAccuracy }), o =>
        {
            Assert.Null(o.OnsetStep);
            Assert.Null(o.OnsetEpoch);
            Assert.Equal("no_rise", o.MissingReason);
        });
        var pair = t.Hypotheses.Single(h => h is { Family: Families.H1Delay, Variant: Variants.Primary, Width: 100, Layers: "2-3" });
        Assert.Equal((Verdicts.Inconclusive, 0, 10), (pair.Verdict, pair.N, pair.Excluded));
        Assert.Contains(t.Exclusions, e => e.Stage == "H1" && e.Reason == "deep_onset_missing" && e.Count == 10);
    }
}
