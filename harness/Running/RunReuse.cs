using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;

namespace FFRepro.Harness.Running;

/// <summary>A grid whose stored runs <c>grid run --reuse</c> may copy: its plan and its results folder.</summary>
public sealed record ReuseSource(RunPlan Plan, ResultsLayout Layout);

/// <summary>What <see cref="RunReuse.AdoptAsync"/> did with one source.</summary>
/// <param name="Adopted">Runs copied into the target grid.</param>
/// <param name="OtherDevice">Matching runs left alone because they were trained on another device kind.</param>
/// <param name="OtherBatch">Matching runs left alone because their seed batch held other runs (other float rounding).</param>
public sealed record ReuseSummary(int Adopted, int OtherDevice, int OtherBatch);

/// <summary>
/// Copies complete runs of another grid that are the very computation a grid still needs, instead of training them
/// again: the same run id (resolved recipe, data set and seed: the id hashes them), trained on the same kind of device,
/// in a seed batch of exactly the same runs (batch composition changes float rounding). For example the 100-epoch
/// cell of <c>paper-epochs-mnist10k</c> is the depth-3, width-1000 cell of <c>paper-mnist10k</c>. A copied file keeps
/// its provenance (commit, versions, host of the process that trained it) and names its source under
/// <see cref="ResultSchema.ReusedFromKey"/>; grid and treatment label become the target's. Source files are only read.
/// Called by <see cref="GridRunner"/> after it has scanned the target, so the target is read once.
/// </summary>
public static class RunReuse
{
    /// <summary>
    /// Copies into <paramref name="target"/> the runs of <paramref name="mine"/> that <paramref name="needed"/> says are
    /// missing and <paramref name="source"/> holds; adds each copied id to <paramref name="adopted"/>.
    /// </summary>
    public static async Task<ReuseSummary> AdoptAsync(RunPlan mine, Func<PlannedRun, bool> needed, ResultsLayout target,
        ReuseSource source, string device, string specJson, ISet<string> adopted, CancellationToken ct = default)
    {
        var sourceBatchOf = source.Plan.Batches
            .SelectMany(b => b.Runs.Select(r => (r.RunId, Batch: b.Runs.Select(x => x.RunId).ToHashSet(StringComparer.Ordinal))))
            .ToDictionary(x => x.RunId, x => x.Batch, StringComparer.Ordinal);
        int copied = 0, otherDevice = 0, otherBatch = 0;
        foreach (var batch in mine.Batches)
        {
            var ids = batch.Runs.Select(r => r.RunId).ToHashSet(StringComparer.Ordinal);
            foreach (var run in batch.Runs)
            {
                ct.ThrowIfCancellationRequested();
                if (!needed(run) || !sourceBatchOf.TryGetValue(run.RunId, out var sourceBatch)) continue;
                var path = source.Layout.RunFile(run.RunId);
                if (!File.Exists(path)) continue;
                // One full read per candidate (it verifies the checksum); a bad or failed source run is trained instead.
                var theirs = await RunFiles.ReadAsync(path, source.Plan.Spec.Name, withCurves: true);
                if (theirs.Run is null || theirs.Run.Status == Stats.Data.RunStatus.Failed) continue;
                if (!sourceBatch.SetEquals(ids)) { otherBatch++; continue; }
                if (theirs.Run.Device != device) { otherDevice++; continue; }
                var label = run.Cell.Label;
                var record = theirs.Run with
                {
                    Grid = mine.Spec.Name,
                    Dataset = mine.Spec.Dataset,
                    Recipe = mine.Spec.Recipe,
                    Treatment = label,
                    TreatmentJson = run.Cell.Json,
                };
                var curves = theirs.Curves.Select(c => c with { Treatment = label }).ToList();
                var metadata = theirs.Metadata.Where(kv => kv.Key.StartsWith(ResultSchema.EnvironmentPrefix, StringComparison.Ordinal))
                    .ToDictionary(kv => kv.Key, kv => kv.Value);
                metadata[ResultSchema.SpecKey] = specJson;
                metadata[ResultSchema.ReusedFromKey] = $"{source.Plan.Spec.Name}/runs/{Path.GetFileName(path)}";
                await RunFiles.WriteAsync(target.RunFile(run.RunId), record, curves, metadata, CancellationToken.None);
                adopted.Add(run.RunId);
                copied++;
            }
        }
        return new ReuseSummary(copied, otherDevice, otherBatch);
    }
}
