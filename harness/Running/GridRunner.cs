using System.Diagnostics;
using FFRepro.Harness.Checkpoints;
using FFRepro.Harness.Design;
using FFRepro.Harness.Planning;
using FFRepro.Harness.Provenance;
using FFRepro.Harness.Results;
using FFRepro.Model.Metrics;
using StatusNames = FFRepro.Stats.Data.RunStatus;

namespace FFRepro.Harness.Running;

/// <summary>
/// Runs one shard of a plan: skips complete runs (ok or diverged), trains each training unit with a missing run, and
/// writes each run's file atomically as soon as its unit ends. A unit trains the batches that have a missing run, each
/// whole, so a resumed grid computes exactly what an uninterrupted one does; only the missing files are written. A
/// nested unit trains several depths in one network, and its runs are written as if trained alone, with a provenance
/// note (<see cref="ResultSchema.TrainedKey"/>). While a unit trains it keeps a checkpoint (<see cref="Checkpoints"/>),
/// so a killed grid resumes the unit from its last checkpoint; the checkpoint is removed once the runs are written.
/// </summary>
public sealed class GridRunner(ResultsLayout layout, ICellTrainer trainer, RunEnvironment environment, IRunObserver observer)
{
    /// <summary>How often units write checkpoints (default: after every epoch).</summary>
    public CheckpointPolicy Checkpoints { get; init; } = CheckpointPolicy.EveryEpoch;

    /// <summary>
    /// Runs <paramref name="shard"/> of <paramref name="plan"/>. With <paramref name="startBefore"/>, no unit starts once
    /// that much wall time has passed (the unit in progress finishes and is stored): for jobs with a wall-clock limit.
    /// Runs that grids in <paramref name="reuse"/> hold as the same computation are copied before training
    /// (<see cref="RunReuse"/>).
    /// </summary>
    public async Task<RunSummary> RunAsync(RunPlan plan, Shard shard, TimeSpan? startBefore = null,
        IReadOnlyList<ReuseSource>? reuse = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var spec = plan.Spec;
        var specJson = GridSpecJson.Write(spec);
        Directory.CreateDirectory(layout.RunsFolder);
        AtomicFile.RemoveStale(layout.GridFolder);
        AtomicFile.RemoveStale(layout.RunsFolder);
        AtomicFile.RemoveStale(layout.CheckpointsFolder);
        await AtomicFile.WriteTextAsync(layout.SpecFile, specJson, ct);
        await AtomicFile.WriteTextAsync(layout.PlanFile, string.Join('\n', plan.Runs.Select(r => r.RunId)) + "\n", ct);

        var mine = plan.ForShard(shard);
        var scan = await ResultScan.ReadAsync(layout, plan.Runs.Select(r => r.RunId).ToHashSet(StringComparer.Ordinal), withCurves: false, verify: true);
        foreach (var bad in scan.Bad) observer.Problem($"{Path.GetFileName(bad.Path)}: {bad.Problem}; moved to quarantine/, the run is trained again");
        ResultScan.Quarantine(layout, scan.Bad);

        var adopted = new HashSet<string>(StringComparer.Ordinal);
        bool Complete(PlannedRun r) => adopted.Contains(r.RunId) || (scan.Runs.TryGetValue(r.RunId, out var c) && c.Run!.Status != StatusNames.Failed);
        var reused = new Dictionary<string, ReuseSummary>(StringComparer.Ordinal);
        foreach (var source in reuse ?? [])
            reused[source.Plan.Spec.Name] = await RunReuse.AdoptAsync(mine, r => !Complete(r), layout, source, trainer.Device, specJson, adopted, ct);
        var complete = mine.Runs.Count(Complete);
        CheckpointStore.Tidy(layout, plan, Complete, observer.Problem);
        observer.Started(mine.Count, complete, mine.Count - complete);

        var metadata = new Dictionary<string, string>(environment.ToMetadata()) { [ResultSchema.SpecKey] = specJson };
        int ok = 0, diverged = 0, failed = 0, resumedEpochs = 0;
        double train = 0;
        var cancelled = false;
        var stoppedEarly = false;
        foreach (var unit in mine.Units)
        {
            var missing = unit.Batches.Where(b => b.Runs.Any(r => !Complete(r))).ToList();
            if (missing.Count == 0) continue;
            var needed = Checkpoints.Enabled ? CheckpointStore.Resumable(layout, unit, missing) : missing;
            if (ct.IsCancellationRequested) { cancelled = true; break; }
            if (clock.Elapsed >= startBefore) { stoppedEarly = true; break; }
            var work = unit with { Batches = needed };
            observer.BatchStarted(work, work.Runs.Count(r => !Complete(r)));
            var store = Checkpoints.Enabled
                ? new CheckpointStore(layout, needed, Checkpoints, observer.Problem, e => { resumedEpochs += e; observer.Resumed(work, e); })
                : null;
            var started = DateTime.UtcNow;
            var trainClock = Stopwatch.StartNew();
            IReadOnlyList<IReadOnlyList<RunResult>> results;
            var error = "";
            try
            {
                results = trainer.Train(needed, new TrainingHooks(p => observer.Epoch(work, p), store), ct);
                if (results.Count != needed.Count || results.Zip(needed).Any(p => p.First.Count != p.Second.Runs.Count))
                    throw new InvalidOperationException($"the trainer returned [{string.Join(", ", results.Select(r => r.Count))}] results for batches of [{string.Join(", ", needed.Select(b => b.Runs.Count))}] seeds");
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
                break;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                error = e.GetType().Name + ": " + e.Message;
                results = needed.Select(b => (IReadOnlyList<RunResult>)b.Runs.Select(r => RunRecords.Failed(r.Seed)).ToList()).ToList();
            }
            train += trainClock.Elapsed.TotalSeconds;
            var finished = DateTime.UtcNow;

            var unitMetadata = work.Nested ? new Dictionary<string, string>(metadata) { [ResultSchema.TrainedKey] = TrainedNote.Of(work) } : metadata;
            var written = new List<RunRecord>();
            for (var b = 0; b < needed.Count; b++)
                for (var i = 0; i < needed[b].Runs.Count; i++)
                {
                    var run = needed[b].Runs[i];
                    if (Complete(run)) continue;
                    var result = results[b][i];
                    var record = RunRecords.Of(spec.Name, spec.Dataset, spec.Recipe, run, result, trainer.Device, trainer.Facts.Backend, started, finished, error);
                    await RunFiles.WriteAsync(layout.RunFile(run.RunId), record, RunRecords.Curves(record, result), unitMetadata, CancellationToken.None);
                    written.Add(record);
                    switch (result.Status)
                    {
                        case RunStatus.Ok: ok++; break;
                        case RunStatus.Diverged: diverged++; break;
                        default: failed++; break;
                    }
                }
            // Written (or failed: a failed unit starts afresh next time, in case its checkpoint was the cause).
            store?.Remove();
            observer.BatchFinished(work, written, (finished - started).TotalSeconds);
        }
        return new RunSummary(mine.Count, complete, ok, diverged, failed, train, clock.Elapsed.TotalSeconds, cancelled, stoppedEarly, reused)
        {
            ResumedEpochs = resumedEpochs,
        };
    }
}
