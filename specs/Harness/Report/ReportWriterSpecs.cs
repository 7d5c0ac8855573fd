using System.Text;
using FFRepro.Harness.Report;
using FFRepro.Specs.Model.Data;
using FFRepro.Specs.Support;
using Snapshooter.Xunit;
using Xunit;

namespace FFRepro.Specs.Harness.Report;

public sealed class ReportWriterSpecs
{
    private static readonly string[] Sections =
        ["## Provenance", "## Design coverage", "## Verdicts", "## H1", "## H2", "## H3", "## Sensitivity", "## Robustness", "## Evaluation points", "## Exclusions", "## Figures"];

    [Fact]
    public void Sections_appear_in_order_with_provenance_first()
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(ReportWriter.Write(ReportFixture.Input, folder.Path));

        var positions = Sections.Select(s => text.IndexOf(s + "\n", StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("0123456789abcdef0123456789abcdef01234567", text[..positions[1]]);
        Assert.Contains("32 of 40 planned runs (31 ok); missing: d4 w50 e10 (8 runs)", text);
    }

    [Fact]
    public void Every_figure_exists_as_a_valid_png_and_svg_and_is_linked()
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(ReportWriter.Write(ReportFixture.Input, folder.Path));
        var figures = Path.Combine(folder.Path, "figures");

        string[] expected =
        [
            "curves_d2_w50_e10", "curves_d2_w200_e10", "curves_d3_w50_e10", "curves_d3_w200_e10",
            "delays", "correlation_vs_width", "correlation_vs_width_detrended", "correlation_vs_width_epoch_ends",
        ];
        foreach (var name in expected)
        {
            var png = File.ReadAllBytes(Path.Combine(figures, name + ".png"));
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
            var svg = File.ReadAllText(Path.Combine(figures, name + ".svg"), Encoding.UTF8).TrimStart('\uFEFF').TrimStart();
            Assert.True(svg.StartsWith("<svg", StringComparison.Ordinal) || svg.StartsWith("<?xml", StringComparison.Ordinal), name);
            Assert.Contains($"(figures/{name}.png)", text);
        }

        Assert.Equal(expected.Length * 2, Directory.GetFiles(figures).Length);
        Assert.Equal(["report.md"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Report_of_the_fixed_grid_is_stable()
    {
        using var folder = new TempFolder();
        Snapshot.Match(File.ReadAllText(ReportWriter.Write(ReportFixture.Input, folder.Path)));
    }
}
