using System.CommandLine;
using System.Globalization;
using FFRepro.Harness.Progress;
using FFRepro.Harness.Results;
using FFRepro.Harness.Tracking;
using FFRepro.Stats.Data;

namespace FFRepro.Harness.Cli;

/// <summary><c>ffrepro grid status &lt;spec&gt; [--shards n] [--no-nested] [--times-from grid [--time-scale x]]</c>: planned,
/// done, diverged, failed, remaining runs, training units left and ETA per shard; files without a checksum; checkpoints.</summary>
public static class GridStatusCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var spec = CliOptions.Spec();
        var results = CliOptions.Results();
        var seedBatch = CliOptions.SeedBatch();
        var noNested = CliOptions.NoNested();
        var shards = new Option<int>("--shards") { Description = "Number of shards the grid runs as (status per shard)", DefaultValueFactory = _ => 1 };
        var timesFrom = new Option<string?>("--times-from")
        {
            Description = "Also estimate from the run times stored by this grid (same results folder), e.g. a smaller design measured on the same device",
        };
        var timeScale = new Option<double>("--time-scale")
        {
            Description = "Multiply the --times-from times by this (e.g. 6.25 = 50,000 / 8,000 training images per epoch for full MNIST from mnist10k)",
            DefaultValueFactory = _ => 1.0,
        };
        var command = new Command("status", "Show what is done and what is left, per shard, with an ETA from measured run times")
        {
            spec, shards, seedBatch, noNested, timesFrom, timeScale, results,
        };
        command.SetAction((p, _) => CliGuard.RunAsync(p.Error(), async () =>
        {
            var n = p.GetValue(shards);
            if (n < 1) throw new BadInputException("--shards: must be >= 1");
            var scale = p.GetValue(timeScale);
            if (!(scale > 0) || !double.IsFinite(scale)) throw new BadInputException($"--time-scale: must be a number > 0 (got {scale})");
            var plan = CliInputs.Plan(p.GetValue(spec)!, null, checkData: false, p.GetValue(seedBatch), p.GetValue(noNested));
            var root = CliInputs.ResultsRoot(p.GetValue(results));
            var layout = new ResultsLayout(root, plan.Spec.Name);
            var scan = await ResultScan.ReadAsync(layout, plan.Runs.Select(r => r.RunId).ToHashSet(StringComparer.Ordinal), withCurves: false, verify: true);
            IReadOnlyList<CostObservation>? borrowed = null;
            if (p.GetValue(timesFrom) is { } other)
            {
                var source = new ResultsLayout(root, other);
                if (!Directory.Exists(source.RunsFolder))
                    throw new BadInputException($"--times-from: no results of grid '{other}' in {Path.GetFullPath(source.RunsFolder)}");
                var theirs = await ResultScan.ReadAsync(source, null, withCurves: false);
                borrowed = theirs.Runs.Values.Where(c => c.Run!.Status != RunStatus.Failed)
                    .Select(c => CostEstimator.Observation(c.Run!, c.Metadata)).OfType<CostObservation>()
                    .Select(o => o with { Seconds = o.Seconds * scale, Machine = scale == 1 ? o.Machine : string.Create(CultureInfo.InvariantCulture, $"{o.Machine} x {scale:0.###}") })
                    .ToList();
                p.Out().WriteLine(string.Create(CultureInfo.InvariantCulture, $"estimates also from {borrowed.Count} runs of {other}, times x {scale:0.###}"));
            }
            var checkpoints = Directory.Exists(layout.CheckpointsFolder) ? Directory.GetFiles(layout.CheckpointsFolder, "*.ckpt").Length : 0;
            Print(GridStatus.Compute(plan, scan, n, borrowed, checkpoints), plan.Nested, layout, p.GetValue(timesFrom), p.Out());
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Print(GridStatus status, bool nested, ResultsLayout layout, string? timesFrom, TextWriter output)
    {
        output.WriteLine($"grid {status.Grid}{(nested ? " (cells that differ only in depth train as one network)" : "")}");
        output.WriteLine($"{"shard",-8}{"planned",9}{"done",9}{"diverged",9}{"failed",9}{"remaining",10}{"units",7}  eta");
        foreach (var s in status.Shards.Append(status.Total))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Shard,-8}{s.Planned,9}{s.Done,9}{s.Diverged,9}{s.Failed,9}{s.Remaining,10}{s.UnitsLeft,7}  {Eta(s.EtaSeconds, status.TimesFrom)}"));
        if (nested && status.Total.EtaSeconds is { } e && status.Total.EtaUnnestedSeconds is { } u && e > 0)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"without nesting: ~{PlainLogObserver.Format(TimeSpan.FromSeconds(u))} ({u / e:0.00}x; {Times(status.TimesFrom)})"));
        if (status.Total.EtaSeconds is null)
            output.WriteLine($"no estimate: no run of {status.Grid} in {Path.GetFullPath(layout.RunsFolder)} has a measured time" + (timesFrom is null
                ? "; --times-from <grid> estimates from the runs of another grid (a smaller design on the same device)"
                : $", nor any run of {timesFrom}"));
        if (status.Legacy > 0)
            output.WriteLine($"{status.Legacy} run file(s) without a checksum (legacy: structure, ids and row count checked, values not); `ffrepro seal {status.Grid}` adds one");
        if (status.Checkpoints > 0)
            output.WriteLine($"{status.Checkpoints} checkpoint(s) of units in progress in checkpoints/ (the next grid run resumes them)");
        foreach (var b in status.Bad)
            output.WriteLine($"bad file {Path.GetFileName(b.Path)}: {b.Problem} (moved aside and re-run by the next grid run)");
    }

    // An estimate says that it is one (~) and whose times it is made of; nothing left needs no estimate.
    private static string Eta(double? seconds, IReadOnlyList<string>? machines) => seconds switch
    {
        null => "no estimate",
        0 => PlainLogObserver.Format(TimeSpan.Zero),
        { } e => $"~{PlainLogObserver.Format(TimeSpan.FromSeconds(e))} ({Times(machines)})",
    };

    private static string Times(IReadOnlyList<string>? machines) => $"{string.Join(" + ", machines ?? [])} times";
}
