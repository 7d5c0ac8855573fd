using System.CommandLine;
using System.Globalization;
using FFRepro.Harness.Report;
using FFRepro.Stats.Data;
using FFRepro.Stats.Hypotheses;

namespace FFRepro.Harness.Cli;

/// <summary><c>ffrepro stats &lt;grid&gt;</c>: onsets, delays, correlations and hypothesis tests into results/&lt;grid&gt;/stats/*.parquet.</summary>
public static class StatsCommand
{
    /// <summary>The command.</summary>
    public static Command Create() =>
        GridCommand.Create("stats", "Compute onsets, delays, correlations and the H1-H3 tests of a merged grid into results/<grid>/stats/", async (layout, p, ct) =>
        {
            var analysis = await GridAnalysis.LoadAsync(layout, reuseStats: false, p.Out(), ct);
            CliInputs.EnsureWritable(layout);
            await StatsWriter.WriteAsync(analysis.Tables, analysis.StatsFolder, analysis.Metadata, ct);
            PrintVerdicts(analysis, p.Out());
            p.Out().WriteLine($"wrote {string.Join(", ", StatsWriter.FileNames)} to {analysis.StatsFolder}");
            return ExitCodes.Ok;
        });

    /// <summary>One line per hypothesis family (primary variant) on <paramref name="output"/>: how many tests gave each verdict.</summary>
    internal static void PrintVerdicts(GridAnalysis analysis, TextWriter output)
    {
        var excluded = analysis.Tables.Exclusions.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{analysis.Runs.Count} runs ({analysis.Runs.Count(r => r.Status == RunStatus.Ok)} ok), {analysis.Tables.Hypotheses.Count} tests, {excluded} exclusion rows"));
        foreach (var family in analysis.Tables.Hypotheses.Where(h => h.Variant == Variants.Primary).GroupBy(h => h.Family).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var counts = family.GroupBy(h => h.Verdict).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
            output.WriteLine($"  {family.Key,-10} {string.Join(", ", counts)}");
        }
    }
}
