using System.CommandLine;
using FFRepro.Harness.Binding;
using FFRepro.Harness.Checkpoints;
using FFRepro.Harness.Design;
using FFRepro.Harness.Planning;
using FFRepro.Harness.Progress;
using FFRepro.Harness.Provenance;
using FFRepro.Harness.Results;
using FFRepro.Harness.Running;

namespace FFRepro.Harness.Cli;

/// <summary><c>ffrepro grid run &lt;spec&gt; [--shard i/n] [--device d] [--seed-batch S] [--no-nested] [--checkpoint-every epoch|Nm|off]
/// [--stop-after seconds] [--reuse grid,...] [--results dir] [--plain]</c>.</summary>
public static class GridRunCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var spec = CliOptions.Spec();
        var shard = CliOptions.Shard();
        var device = CliOptions.Device();
        var results = CliOptions.Results();
        var plain = CliOptions.Plain();
        var seedBatch = CliOptions.SeedBatch();
        var stopAfter = CliOptions.StopAfter();
        var reuse = CliOptions.Reuse();
        var noNested = CliOptions.NoNested();
        var checkpointEvery = CliOptions.CheckpointEvery();
        var command = new Command("run", "Train the runs of a grid (or of one shard) that are not complete yet; resume-safe")
        {
            spec, shard, device, seedBatch, noNested, checkpointEvery, stopAfter, reuse, results, plain,
        };
        command.SetAction((p, ct) => CliGuard.RunAsync(p.Error(), () =>
            RunAsync(p.GetValue(spec)!, p.GetValue(shard)!, p.GetValue(device), p.GetValue(seedBatch), p.GetValue(noNested), p.GetValue(checkpointEvery)!,
                p.GetValue(stopAfter), p.GetValue(reuse) ?? [], p.GetValue(results), p.GetValue(plain), p.Out(), p.Error(), ct)));
        return command;
    }

    private static async Task<int> RunAsync(string specArg, string shardArg, string? device, int? seedBatch, bool noNested, string checkpointEvery,
        double? stopAfter, string[] reuse, string? results, bool plain, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var shard = Shard.Parse(shardArg);
        var checkpoints = CheckpointPolicy.Parse(checkpointEvery);
        if (stopAfter is { } limit && !(limit >= 0 && double.IsFinite(limit)))
            throw new BadInputException($"--stop-after: must be a number of seconds >= 0 (got {limit})");
        var startBefore = stopAfter is { } s ? TimeSpan.FromSeconds(s) : (TimeSpan?)null;
        var plan = CliInputs.Plan(specArg, device, checkData: true, seedBatch, noNested);
        var layout = new ResultsLayout(CliInputs.ResultsRoot(results), plan.Spec.Name);
        var sources = reuse.SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(name => CliInputs.ReuseSource(layout, name)).ToList();
        // Device, libtorch and its settings are checked before anything is created on disk.
        var trainer = new TorchCellTrainer(plan.Spec.Recipe, plan.Spec.Dataset, plan.Spec.Device);
        CliInputs.EnsureWritable(layout);
        var environment = EnvironmentCollector.Collect(trainer.Facts);
        var console = ConsoleSetup.Create(output);
        output.WriteLine(GridSpecJson.Write(plan.Spec));
        output.WriteLine($"grid {plan.Spec.Name}: {plan.Count} runs in {plan.Units.Count} training units ({(plan.Nested ? "nested" : "not nested")}), shard {shard}, device {trainer.Device} ({trainer.Facts.Backend}, {environment.Threads} threads), checkpoints {checkpoints}, results {Path.GetFullPath(layout.GridFolder)}");

        RunSummary summary;
        if (ConsoleSetup.Live(console, plain))
            summary = await LiveProgressObserver.RunAsync(console, o => new GridRunner(layout, trainer, environment, o) { Checkpoints = checkpoints }.RunAsync(plan, shard, startBefore, sources, ct));
        else
            summary = await new GridRunner(layout, trainer, environment, new PlainLogObserver(output, error)) { Checkpoints = checkpoints }.RunAsync(plan, shard, startBefore, sources, ct);

        foreach (var (source, reused) in summary.Reused ?? new Dictionary<string, ReuseSummary>())
            output.WriteLine($"reused {reused.Adopted} run(s) of {source}" +
                (reused.OtherDevice + reused.OtherBatch > 0 ? $"; left {reused.OtherDevice} trained on another device and {reused.OtherBatch} from other seed batches" : ""));
        var overhead = summary.TrainSeconds > 0 ? FormattableString.Invariant($"; harness overhead {summary.Overhead:P2} of {summary.WallSeconds:0.0}s") : "";
        var resumed = summary.ResumedEpochs > 0 ? FormattableString.Invariant($"; {summary.ResumedEpochs} epoch(s) resumed from checkpoints") : "";
        output.WriteLine(FormattableString.Invariant(
            $"done: {summary.Ok} ok, {summary.Diverged} diverged, {summary.Failed} failed, {summary.Skipped} already complete{resumed}{overhead}"));
        if (summary.Cancelled) throw new OperationCanceledException();
        if (summary.StoppedEarly)
        {
            output.WriteLine($"stopped: --stop-after {stopAfter:0.#}s passed with {summary.Left} run(s) of this shard left; run the same command again to resume");
            return ExitCodes.StoppedEarly;
        }
        return summary.Failed > 0 ? ExitCodes.RunFailures : ExitCodes.Ok;
    }
}
