using FFRepro.Harness.Design;
using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;

namespace FFRepro.Harness.Running;

/// <summary>What <see cref="RunReuse.AdoptAsync"/> did.</summary>
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
/// </summary>
public static class RunReuse
{
    /// <summary>Adopts into <paramref name="shard"/> of <paramref name="target"/> what <paramref name="source"/> holds.</summary>
    public static async Task<ReuseSummary> AdoptAsync(RunPlan target, Shard shard, ResultsLayout targetLayout,
        RunPlan source, ResultsLayout sourceLayout, string device, CancellationToken ct = default)
    {
        var sourceBatchOf = source.Batches
            .SelectMany(b => b.Runs.Select(r => (r.RunId, Batch: b.Runs.Select(x => x.RunId).ToHashSet(StringComparer.Ordinal))))
            .ToDictionary(x => x.RunId, x => x.Batch, StringComparer.Ordinal);
        var have = await ResultScan.ReadAsync(targetLayout, target.Runs.Select(r => r.RunId).ToHashSet(StringComparer.Ordinal), withCurves: false, verify: true);
        // A bad file in the way is moved aside first (as grid run does), never overwritten.
        ResultScan.Quarantine(targetLayout, have.Bad);
        var offered = await ResultScan.ReadAsync(sourceLayout, sourceBatchOf.Keys.ToHashSet(StringComparer.Ordinal), withCurves: false, verify: true);
        var specJson = GridSpecJson.Write(target.Spec);
        Directory.CreateDirectory(targetLayout.RunsFolder);
        int adopted = 0, otherDevice = 0, otherBatch = 0;
        foreach (var batch in target.ForShard(shard).Batches)
        {
            var ids = batch.Runs.Select(r => r.RunId).ToHashSet(StringComparer.Ordinal);
            foreach (var run in batch.Runs)
            {
                ct.ThrowIfCancellationRequested();
                if (have.Runs.TryGetValue(run.RunId, out var mine) && mine.Run!.Status != "failed") continue;
                if (!offered.Runs.TryGetValue(run.RunId, out var theirs) || theirs.Run!.Status == "failed") continue;
                if (!sourceBatchOf[run.RunId].SetEquals(ids)) { otherBatch++; continue; }
                if (theirs.Run.Device != device) { otherDevice++; continue; }
                var full = await RunFiles.ReadAsync(theirs.Path, source.Spec.Name, withCurves: true);
                if (full.Run is null) continue;   // became unreadable since the scan: train it instead
                var record = full.Run with
                {
                    Grid = target.Spec.Name, Dataset = target.Spec.Dataset, Recipe = target.Spec.Recipe,
                    Treatment = run.Cell.Label, TreatmentJson = run.Cell.Json,
                };
                var curves = full.Curves.Select(c => c with { Treatment = run.Cell.Label }).ToList();
                var metadata = full.Metadata.Where(kv => kv.Key.StartsWith(ResultSchema.EnvironmentPrefix, StringComparison.Ordinal))
                    .ToDictionary(kv => kv.Key, kv => kv.Value);
                metadata[ResultSchema.SpecKey] = specJson;
                metadata[ResultSchema.ReusedFromKey] = $"{source.Spec.Name}/runs/{Path.GetFileName(theirs.Path)}";
                await RunFiles.WriteAsync(targetLayout.RunFile(run.RunId), record, curves, metadata, CancellationToken.None);
                adopted++;
            }
        }
        return new ReuseSummary(adopted, otherDevice, otherBatch);
    }
}
