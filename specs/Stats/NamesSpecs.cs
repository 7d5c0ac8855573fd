using FFRepro.Harness.Report;
using FFRepro.Specs.Harness.Report;
using FFRepro.Specs.Model.Data;
using FFRepro.Specs.Support;
using FFRepro.Stats.Correlation;
using FFRepro.Stats.Data;
using FFRepro.Stats.Hypotheses;
using Xunit;

namespace FFRepro.Specs.Stats;

/// <summary>
/// The names stored in the tables are defined once, in the stats library, and keep their text: committed results and
/// every reader of them depend on it. Every other spec and the harness use the constants.
/// </summary>
public sealed class NamesSpecs
{
    [Fact]
    public void Stored_names_keep_their_text()
    {
        Assert.Equal(["H1-delay", "H2-level", "H2-paired", "H3-width"], Families.All);
        Assert.Equal(["primary", "drop_first", "detrended", "rise", "plateau", "epoch_ends"], Variants.Measurement);
        Assert.Equal(("spearman", "goodness_metric", "all_widths", "tau=0.25"),
            (Variants.Spearman, Variants.GoodnessMetric, Variants.AllWidths, Variants.Tau(0.25)));
        Assert.Equal(("ok", "diverged", "failed"), (RunStatus.Ok, RunStatus.Diverged, RunStatus.Failed));
        Assert.Equal(("test", "train"), (Splits.Test, Splits.Train));
        Assert.Equal(10, MetricNames.All.Distinct().Count());
    }

    [Fact]
    public void Correlation_methods_are_stored_as_their_lower_case_enum_names()
    {
        Assert.Equal(Enum.GetValues<CorrelationMethod>(), CorrelationMethods.All);
        Assert.All(CorrelationMethods.All, m => Assert.Equal(m.ToString().ToLowerInvariant(), CorrelationMethods.Name(m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => CorrelationMethods.Name((CorrelationMethod)99));
    }

    [Fact]
    public void Stats_tables_use_only_the_defined_names()
    {
        var t = ReportFixture.Input.Tables;
        Assert.All(t.Hypotheses, h => Assert.Contains(h.Family, Families.All));
        var variants = new[] { Variants.Spearman, Variants.GoodnessMetric, Variants.AllWidths }.Concat(Variants.Measurement).ToHashSet();
        Assert.All(t.Hypotheses, h => Assert.True(variants.Contains(h.Variant) || h.Variant.StartsWith("tau=", StringComparison.Ordinal), h.Variant));
        Assert.All(t.Correlations, c => Assert.Contains(c.Method, CorrelationMethods.All.Select(CorrelationMethods.Name)));
        Assert.All(t.Sensitivity, s => Assert.Contains(s.Family, Families.Correlation));
    }

    /// <summary>The report's claims are keyed by the stats' family names: a family whose name the report did not know
    /// would show its bare name in the claim column and an empty test column.</summary>
    [Fact]
    public void Every_family_has_its_claim_and_test_in_the_report()
    {
        using var folder = new TempFolder();
        var lines = File.ReadAllLines(ReportWriter.Write(ReportFixture.Input, folder.Path));
        foreach (var family in Families.All)
        {
            var cells = lines.Single(l => l.StartsWith("| H", StringComparison.Ordinal) && l.Split(" | ")[1] == family).Split(" | ");
            Assert.NotEqual(family, cells[2]);
            Assert.NotEqual("", cells[3].Trim());
        }
    }
}
