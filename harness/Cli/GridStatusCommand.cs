using System.CommandLine;
using System.Globalization;
using FFRepro.Harness.Progress;
using FFRepro.Harness.Results;
using FFRepro.Harness.Tracking;

namespace FFRepro.Harness.Cli;

/// <summary><c>ffrepro grid status &lt;spec&gt; [--shards n]</c>: planned, done, diverged, failed, remaining and ETA per shard.</summary>
public static class GridStatusCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var spec = CliOptions.Spec();
        var results = CliOptions.Results();
        var seedBatch = CliOptions.SeedBatch();
        var shards = new Option<int>("--shards") { Description = "Number of shards the grid runs as (status per shard)", DefaultValueFactory = _ => 1 };
        var command = new Command("status", "Show what is done and what is left, per shard, with an ETA from measured run times") { spec, shards, seedBatch, results };
        command.SetAction((p, _) => CliGuard.RunAsync(async () =>
        {
            var n = p.GetValue(shards);
            if (n < 1) throw new ArgumentException("--shards: must be >= 1");
            var plan = CliInputs.Plan(p.GetValue(spec)!, null, checkData: false, p.GetValue(seedBatch));
            var layout = new ResultsLayout(CliInputs.ResultsRoot(p.GetValue(results)), plan.Spec.Name);
            var scan = await ResultScan.ReadAsync(layout, plan.Runs.Select(r => r.RunId).ToHashSet(StringComparer.Ordinal), withCurves: false, verify: true);
            Print(GridStatus.Compute(plan, scan, n));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Print(GridStatus status)
    {
        Console.WriteLine($"grid {status.Grid}");
        Console.WriteLine($"{"shard",-8}{"planned",9}{"done",9}{"diverged",9}{"failed",9}{"remaining",10}  eta");
        foreach (var s in status.Shards.Append(status.Total))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Shard,-8}{s.Planned,9}{s.Done,9}{s.Diverged,9}{s.Failed,9}{s.Remaining,10}  {(s.EtaSeconds is { } e ? PlainLogObserver.Format(TimeSpan.FromSeconds(e)) : "unknown")}"));
        foreach (var b in status.Bad)
            Console.WriteLine($"bad file {Path.GetFileName(b.Path)}: {b.Problem} (moved aside and re-run by the next grid run)");
    }
}
