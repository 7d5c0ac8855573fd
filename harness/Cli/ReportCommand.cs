using System.CommandLine;
using FFRepro.Harness.Report;
using FFRepro.Harness.Results;

namespace FFRepro.Harness.Cli;

/// <summary><c>ffrepro report &lt;grid&gt;</c>: results/&lt;grid&gt;/report.md with figures, from the merged results and their statistics.</summary>
public static class ReportCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var grid = new Argument<string>("grid") { Description = "Grid name (the folder under the results folder)" };
        var results = CliOptions.Results();
        var command = new Command("report", "Write results/<grid>/report.md and figures/ (PNG and SVG): provenance, verdicts, per-hypothesis tables") { grid, results };
        command.SetAction((p, ct) => CliGuard.RunAsync(p.Error(), async () =>
        {
            var layout = new ResultsLayout(CliInputs.ResultsRoot(p.GetValue(results)), p.GetValue(grid)!);
            var analysis = await GridAnalysis.LoadAsync(layout, p.Out(), ct);
            CliInputs.EnsureWritable(layout);
            // The report and the stats tables always describe the same computation.
            await StatsWriter.WriteAsync(analysis.Tables, analysis.StatsFolder, analysis.Metadata, ct);
            var spec = analysis.Provenance.GetValueOrDefault(ResultSchema.SpecKey) ?? "{}";
            var environment = analysis.Provenance.Where(kv => kv.Key.StartsWith(ResultSchema.EnvironmentPrefix, StringComparison.Ordinal))
                .ToDictionary(kv => kv.Key[ResultSchema.EnvironmentPrefix.Length..], kv => kv.Value);
            var path = ReportWriter.Write(new ReportInput(layout.Grid, environment, spec, analysis.Runs, analysis.Curves, analysis.Tables, analysis.Options), layout.GridFolder);
            StatsCommand.PrintVerdicts(analysis, p.Out());
            p.Out().WriteLine($"wrote {path} and {Path.Combine(layout.GridFolder, "figures")}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
