using System.CommandLine;
using System.Globalization;
using FFRepro.Harness.Results;

namespace FFRepro.Harness.Cli;

/// <summary><c>ffrepro merge &lt;grid&gt;</c>: compact per-run files into runs.parquet and curves.parquet.</summary>
public static class MergeCommand
{
    /// <summary>The command.</summary>
    public static Command Create() =>
        GridCommand.Create("merge", "Compact results/<grid>/runs/*.parquet into results/<grid>/runs.parquet and curves.parquet", async (layout, p, ct) =>
        {
            CliInputs.RequireRuns(layout);
            CliInputs.EnsureWritable(layout);
            var summary = await Merger.MergeAsync(layout, ct);
            foreach (var b in summary.Bad) await p.Error().WriteLineAsync($"left out {Path.GetFileName(b.Path)}: {b.Problem}");
            p.Out().WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"merged {summary.Runs} runs, {summary.CurvePoints} curve points into {layout.RunsFile} and {layout.CurvesFile} in {summary.Seconds:0.00}s; {summary.Missing} planned runs missing, {summary.Bad.Count} files left out"));
            if (summary.Legacy > 0)
                p.Out().WriteLine($"{summary.Legacy} of them legacy run files without a checksum (structure, ids and row count checked, values not); `ffrepro seal {layout.Grid}` adds one");
            return summary.Bad.Count > 0 ? ExitCodes.RunFailures : ExitCodes.Ok;
        });
}
