using FFRepro.Specs.Calibration;
using FFRepro.Stats;
using FFRepro.Stats.Coverage;
using FFRepro.Stats.Data;
using FFRepro.Stats.Hypotheses;
using Xunit;

namespace FFRepro.Specs.Stats;

/// <summary>How the suite groups runs into tests: shared layers, balanced widths, the planned design, robust verdicts.</summary>
public sealed class StatsSuiteDesignSpecs
{
    private static readonly StatsOptions Fast = StatsOptions.Default with { BootstrapResamples = 200, Permutations = 200 };

    /// <summary>Depths 2 and 3 at widths 100 and 1000; with <paramref name="shared"/>, depth 3 repeats depth 2's layers 1-2 bit for bit (as the trainer does).</summary>
    private static (List<RunInfo> Runs, List<CurvePoint> Curves) Nested(bool shared)
    {
        var (runs, curves) = SyntheticGrid.Build([2, 3], [100, 1000], 60, 8, 3, 0, 13);
        if (!shared) return (runs, curves);
        var shallow = curves.Where(p => p.Depth == 2 && p.Layer is 1 or 2).ToDictionary(p => (p.Width, p.Seed, p.Layer, p.Metric, p.Step), p => p.Value);
        return (runs, curves.Select(p => p.Depth == 3 && p.Layer is 1 or 2 ? p with { Value = shallow[(p.Width, p.Seed, p.Layer, p.Metric, p.Step)] } : p).ToList());
    }

    private static List<HypothesisRow> H1(StatsTables t) => t.Hypotheses.Where(h => h is { Family: Families.H1Delay, Variant: Variants.Primary }).ToList();

    [Fact]
    public void A_layer_pair_that_is_the_same_data_in_two_depths_is_tested_once()
    {
        var rows = H1(StatsSuite.Compute(Nested(shared: true).Runs, Nested(shared: true).Curves, Fast));
        Assert.Equal(4, rows.Count); // per width: pair 1-2 once (depths 2 and 3), pair 2-3 (depth 3)
        var pair = rows.Where(r => r.Layers == "1-2").ToList();
        Assert.All(pair, r => Assert.Equal(("2,3", (int?)null, 8), (r.Depths, r.Depth, r.N)));
        Assert.All(pair, r => Assert.Contains("same data in depths 2, 3", r.Note));
    }

    [Fact]
    public void Layer_pairs_that_differ_between_depths_are_tested_per_depth()
    {
        var (runs, curves) = Nested(shared: false);
        var rows = H1(StatsSuite.Compute(runs, curves, Fast));
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal(r.Depth.ToString(), r.Depths));
    }

    [Fact]
    public void H1_rows_report_lag_tie_and_lead_shares_that_add_up_to_one() =>
        Assert.All(H1(StatsSuite.Compute(Nested(true).Runs, Nested(true).Curves, Fast)), r =>
            Assert.Equal(1, r.PositiveFraction!.Value + r.ZeroFraction!.Value + r.NegativeFraction!.Value, 1e-12));

    /// <summary>Depth 2 has widths 100, 500, 1000; depth 3 lacks 1000: both depths are tested over 100 and 500.</summary>
    [Fact]
    public void H3_tests_the_widths_every_depth_has_and_names_the_one_left_out()
    {
        var (runs, curves) = SyntheticGrid.Build([2, 3], [100, 500, 1000], 40, 6, 2, 0.005, 17);
        var drop = runs.Where(r => r.Depth == 3 && r.Width == 1000).Select(r => r.RunId).ToHashSet();
        var t = StatsSuite.Compute(runs.Where(r => !drop.Contains(r.RunId)).ToList(), curves.Where(p => !drop.Contains(p.RunId)).ToList(), Fast);
        var primary = t.Hypotheses.Where(h => h is { Family: Families.H3Width, Variant: Variants.Primary }).ToList();
        Assert.Equal(5, primary.Count);
        Assert.All(primary, h => Assert.Equal(("100,500", 12), (h.Widths, h.N)));
        Assert.All(primary.Where(h => h.Depth == 2), h => Assert.Contains("1000 (no runs at depth 3) left out", h.Note));
        var all = t.Hypotheses.Where(h => h is { Family: Families.H3Width, Variant: Variants.AllWidths }).ToList();
        Assert.Contains(all, h => h is { Depth: 2, Widths: "100,500,1000", N: 18 });
        Assert.Equal(3 * 2 + 2 * 3, t.WidthMeans.Count(m => m.Variant == Variants.Primary)); // every cell and layer, also the width left out
    }

    [Fact]
    public void A_balanced_design_has_no_all_widths_rows() =>
        Assert.DoesNotContain(StatsSuite.Compute(Nested(false).Runs, Nested(false).Curves, Fast).Hypotheses, h => h.Variant == Variants.AllWidths);

    [Fact]
    public void The_planned_design_names_missing_cells_and_the_tests_they_rule_out()
    {
        var (runs, curves) = Nested(shared: true);
        PlannedCell[] planned = [new(2, 100, 60, 8), new(2, 1000, 60, 8), new(3, 100, 60, 8), new(3, 1000, 60, 8), new(4, 100, 60, 8)];
        var t = StatsSuite.Compute(runs, curves, Fast, planned);
        Assert.Contains(t.Coverage, c => c is { Depth: 4, Width: 100, Planned: 8, Present: 0, Missing: 8 });
        Assert.Equal(32, t.Coverage.Sum(c => c.Ok));
        var design = t.Exclusions.Where(e => e.Stage == "design").Select(e => e.Scope).ToList();
        Assert.Contains("H1-delay w100 e60 layers 3-4", design);
        Assert.Contains("H2-paired d4 w100 e60", design);
        Assert.Contains("H3-width d4 e60 layer 4", design);
        Assert.DoesNotContain(design, d => d.StartsWith("H1-delay w1000", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_plan_coverage_lists_the_cells_present_and_no_design_rows()
    {
        var t = StatsSuite.Compute(Nested(false).Runs, Nested(false).Curves, Fast);
        Assert.All(t.Coverage, c => Assert.Null(c.Planned));
        Assert.DoesNotContain(t.Exclusions, e => e.Stage == "design");
    }

    [Fact]
    public void The_robust_verdict_is_the_verdict_all_six_measurement_variants_share()
    {
        var t = StatsSuite.Compute(Nested(false).Runs, Nested(false).Curves, Fast);
        Assert.Equal(t.Hypotheses.Count(h => h.Variant == Variants.Primary && h.Family != Families.H1Delay), t.Sensitivity.Count);
        Assert.All(t.Sensitivity, s =>
        {
            var verdicts = s.VariantVerdicts.Split(',');
            Assert.Equal(6, verdicts.Length);
            var expected = verdicts.All(v => v == Verdicts.Supported) ? Verdicts.Supported
                : verdicts.All(v => v == Verdicts.NotSupported) ? Verdicts.NotSupported : Verdicts.Mixed;
            Assert.Equal(expected, s.Robust);
        });
    }

    [Fact]
    public void A_perfect_correlation_is_left_out_with_its_reason_not_clamped()
    {
        var (runs, curves) = Nested(false);
        var id = runs[0].RunId;
        var model = curves.Where(p => p.RunId == id && p.Layer == 0 && p.Metric == MetricNames.ModelClassifierAccuracy).ToDictionary(p => p.Step, p => p.Value);
        var copied = curves.Select(p => p.RunId == id && p.Layer == 1 && p.Metric == MetricNames.LayerFfAccuracy ? p with { Value = model[p.Step] } : p).ToList();
        var t = StatsSuite.Compute(runs, copied, Fast);
        var level = t.Hypotheses.Single(h => h.Family == Families.H2Level && h.Variant == Variants.Primary && h.Depth == runs[0].Depth && h.Width == runs[0].Width);
        Assert.Equal((7, 1), (level.N, level.Excluded));
        Assert.Contains(t.Exclusions, e => e.Stage == "H2" && e.Reason == "r_is_plus_or_minus_1" && e.Scope.StartsWith(Variants.Primary, StringComparison.Ordinal));
    }

    [Fact]
    public void No_p_value_is_zero()
    {
        var (runs, curves) = SyntheticGrid.Build([2], [100, 1000], 60, 30, 6, 0, 19);
        Assert.All(StatsSuite.Compute(runs, curves, Fast).Hypotheses.Where(h => !double.IsNaN(h.P)), h => Assert.True(h.P > 0, $"{h.Family} {h.Variant}: p = {h.P}"));
    }
}
