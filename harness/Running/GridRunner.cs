using System.Diagnostics;
using FFRepro.Harness.Design;
using FFRepro.Harness.Planning;
using FFRepro.Harness.Provenance;
using FFRepro.Harness.Results;
using FFRepro.Model.Metrics;

namespace FFRepro.Harness.Running;

/// <summary>
/// Runs one shard of a plan: skips complete runs (ok or diverged), trains each batch with a missing run, and writes
/// each run's file atomically as soon as its batch ends. A whole batch is retrained even when only some of its runs
/// are missing, so a resumed grid computes exactly what an uninterrupted one does; only the missing files are written.
/// </summary>
public sealed class GridRunner(ResultsLayout layout, ICellTrainer trainer, RunEnvironment environment, IRunObserver observer)
{
    /// <summary>
    /// Runs <paramref name="shard"/> of <paramref name="plan"/>. With <paramref name="startBefore"/>, no batch starts once
    /// that much wall time has passed (the batch in progress finishes and is stored): for jobs with a wall-clock limit.
    /// Runs that grids in <paramref name="reuse"/> hold as the same computation are copied before training
    /// (<see cref="RunReuse"/>).
    /// </summary>
    public async Task<RunSummary> RunAsync(RunPlan plan, Shard shard, CancellationToken ct = default, TimeSpan? startBefore = null,
        IReadOnlyList<ReuseSource>? reuse = null)
    {
        var clock = Stopwatch.StartNew();
        var spec = plan.Spec;
        var specJson = GridSpecJson.Write(spec);
        Directory.CreateDirectory(layout.RunsFolder);
        AtomicFile.RemoveStale(layout.GridFolder);
        AtomicFile.RemoveStale(layout.RunsFolder);
        await AtomicFile.WriteTextAsync(layout.SpecFile, specJson, ct);
        await AtomicFile.WriteTextAsync(layout.PlanFile, string.Join('\n', plan.Runs.Select(r => r.RunId)) + "\n", ct);

        var mine = plan.ForShard(shard);
        var scan = await ResultScan.ReadAsync(layout, plan.Runs.Select(r => r.RunId).ToHashSet(StringComparer.Ordinal), withCurves: false, verify: true);
        foreach (var bad in scan.Bad) observer.Problem($"{Path.GetFileName(bad.Path)}: {bad.Problem}; moved to quarantine/, the run is trained again");
        ResultScan.Quarantine(layout, scan.Bad);

        var adopted = new HashSet<string>(StringComparer.Ordinal);
        bool Complete(PlannedRun r) => adopted.Contains(r.RunId) || (scan.Runs.TryGetValue(r.RunId, out var c) && c.Run!.Status != "failed");
        var reused = new Dictionary<string, ReuseSummary>(StringComparer.Ordinal);
        foreach (var source in reuse ?? [])
            reused[source.Plan.Spec.Name] = await RunReuse.AdoptAsync(mine, r => !Complete(r), layout, source, trainer.Device, specJson, adopted, ct);
        var complete = mine.Runs.Count(Complete);
        observer.Started(mine.Count, complete, mine.Count - complete);

        var metadata = new Dictionary<string, string>(environment.ToMetadata()) { [ResultSchema.SpecKey] = specJson };
        int ok = 0, diverged = 0, failed = 0;
        double train = 0;
        var cancelled = false;
        var stoppedEarly = false;
        foreach (var batch in mine.Batches)
        {
            var missing = batch.Runs.Where(r => !Complete(r)).ToList();
            if (missing.Count == 0) continue;
            if (ct.IsCancellationRequested) { cancelled = true; break; }
            if (clock.Elapsed >= startBefore) { stoppedEarly = true; break; }
            observer.BatchStarted(batch, missing.Count);
            var started = DateTime.UtcNow;
            var trainClock = Stopwatch.StartNew();
            IReadOnlyList<RunResult> results;
            var error = "";
            try
            {
                results = trainer.Train(batch, (e, n) => observer.Epoch(batch, e, n), ct);
                if (results.Count != batch.Runs.Count)
                    throw new InvalidOperationException($"the trainer returned {results.Count} results for {batch.Runs.Count} seeds");
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
                break;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                error = e.GetType().Name + ": " + e.Message;
                results = batch.Runs.Select(r => RunRecords.Failed(r.Seed)).ToList();
            }
            train += trainClock.Elapsed.TotalSeconds;
            var finished = DateTime.UtcNow;

            var written = new List<RunRecord>();
            for (var i = 0; i < batch.Runs.Count; i++)
            {
                var run = batch.Runs[i];
                if (!missing.Contains(run)) continue;
                var record = RunRecords.Of(spec.Name, spec.Dataset, spec.Recipe, run, results[i], trainer.Device, trainer.Facts.Backend, started, finished, error);
                await RunFiles.WriteAsync(layout.RunFile(run.RunId), record, RunRecords.Curves(record, results[i]), metadata, CancellationToken.None);
                written.Add(record);
                switch (results[i].Status)
                {
                    case RunStatus.Ok: ok++; break;
                    case RunStatus.Diverged: diverged++; break;
                    default: failed++; break;
                }
            }
            observer.BatchFinished(batch, written, (finished - started).TotalSeconds);
        }
        return new RunSummary(mine.Count, complete, ok, diverged, failed, train, clock.Elapsed.TotalSeconds, cancelled, stoppedEarly, reused);
    }
}
