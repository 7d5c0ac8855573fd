using System.CommandLine;
using FFRepro.Harness.Report;
using FFRepro.Harness.Results;

namespace FFRepro.Harness.Cli;

/// <summary><c>ffrepro report &lt;grid&gt;</c>: results/&lt;grid&gt;/report.md with figures, from the merged results and their statistics.</summary>
public static class ReportCommand
{
    /// <summary>The command.</summary>
    public static Command Create() =>
        GridCommand.Create("report", "Write results/<grid>/report.md and figures/ (PNG and SVG): provenance, verdicts, per-hypothesis tables", async (layout, p, ct) =>
        {
            var analysis = await GridAnalysis.LoadAsync(layout, reuseStats: true, p.Out(), ct);
            CliInputs.EnsureWritable(layout);
            // The report and the stats tables always describe the same computation: tables computed here are stored.
            if (analysis.StaleStats is not null)
                await StatsWriter.WriteAsync(analysis.Tables, analysis.StatsFolder, analysis.Metadata, ct);
            p.Out().WriteLine(analysis.StaleStats is null
                ? $"statistics read from {analysis.StatsFolder} (current for the merged data)"
                : $"statistics computed ({analysis.StaleStats} in {analysis.StatsFolder}) and written there");
            var spec = analysis.Provenance.GetValueOrDefault(ResultSchema.SpecKey) ?? "{}";
            var environment = analysis.Provenance.Where(kv => kv.Key.StartsWith(ResultSchema.EnvironmentPrefix, StringComparison.Ordinal))
                .ToDictionary(kv => kv.Key[ResultSchema.EnvironmentPrefix.Length..], kv => kv.Value);
            var path = ReportWriter.Write(new ReportInput(layout.Grid, environment, spec, analysis.Runs, analysis.Curves, analysis.Tables, analysis.Options), layout.GridFolder);
            StatsCommand.PrintVerdicts(analysis, p.Out());
            p.Out().WriteLine($"wrote {path} and {Path.Combine(layout.GridFolder, "figures")}");
            return ExitCodes.Ok;
        });
}
