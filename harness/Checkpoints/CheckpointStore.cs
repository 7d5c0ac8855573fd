using System.Security.Cryptography;
using System.Text;
using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;
using FFRepro.Model.Checkpoints;

namespace FFRepro.Harness.Checkpoints;

/// <summary>
/// The checkpoint of one training unit in a grid's results folder: <c>checkpoints/&lt;key&gt;.ckpt</c>, the key derived
/// from the ids of the runs it trains, written atomically (a kill during a write leaves the previous checkpoint) but not
/// flushed to disk (see <see cref="Save"/>). A
/// checkpoint the trainer refuses (damaged, truncated, of another training) is moved to <c>quarantine/</c> and reported;
/// the unit then starts from epoch 0. <see cref="Remove"/> deletes it once the unit's run files are written.
/// </summary>
public sealed class CheckpointStore : ICheckpointStore
{
    private readonly ResultsLayout _layout;
    private readonly CheckpointPolicy _policy;
    private readonly Action<string> _problem;
    private readonly Action<int> _restored;
    private DateTime _last = DateTime.UtcNow;

    /// <param name="layout">The grid's results.</param>
    /// <param name="batches">The batches trained together (their runs name the checkpoint).</param>
    /// <param name="policy">How often to write.</param>
    /// <param name="problem">Told when a checkpoint is refused and moved aside.</param>
    /// <param name="restored">Told the epoch training resumes after.</param>
    public CheckpointStore(ResultsLayout layout, IReadOnlyList<RunBatch> batches, CheckpointPolicy policy, Action<string> problem, Action<int> restored)
    {
        _layout = layout;
        _policy = policy;
        _problem = problem;
        _restored = restored;
        Path = layout.CheckpointFile(Key(batches));
    }

    /// <summary>The checkpoint file.</summary>
    public string Path { get; }

    /// <summary>Checkpoints written by this store.</summary>
    public int Saves { get; private set; }

    /// <summary>Size of the last checkpoint written, bytes.</summary>
    public long LastBytes { get; private set; }

    /// <summary>Wall seconds spent writing checkpoints.</summary>
    public double SaveSeconds { get; private set; }

    /// <summary>First 16 hex digits of SHA-256 over the run ids, in order: the same training unit always has the same key.</summary>
    public static string Key(IReadOnlyList<RunBatch> batches) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(",", batches.SelectMany(b => b.Runs).Select(r => r.RunId)))))[..16];

    /// <inheritdoc />
    public Stream? OpenLatest() =>
        File.Exists(Path) ? new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20) : null;

    /// <inheritdoc />
    public bool Due(int epoch, int epochs) => _policy.Due(epoch, epochs, DateTime.UtcNow - _last);

    /// <inheritdoc />
    public bool Save(Action<Stream> write)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            // Not flushed to disk: a kill loses nothing, and after a machine crash a damaged checkpoint is refused and the
            // unit restarts; waiting for the disk after every epoch would cost more than it could save.
            AtomicFile.Write(Path, write, durable: false);
        }
        catch (StorageException e)
        {
            // A checkpoint is an aid, not a result: a full disk or lost folder must not fail the training it protects.
            _problem($"checkpoint {System.IO.Path.GetFileName(Path)} not written ({e.InnerException?.Message ?? e.Message}); the batch goes on, a kill now loses more epochs");
            _last = DateTime.UtcNow;
            return false;
        }
        SaveSeconds += clock.Elapsed.TotalSeconds;
        LastBytes = new FileInfo(Path).Length;
        Saves++;
        _last = DateTime.UtcNow;
        return true;
    }

    /// <inheritdoc />
    public void Restored(int epoch)
    {
        _last = DateTime.UtcNow;
        _restored(epoch);
    }

    /// <inheritdoc />
    public void Reject(string problem)
    {
        if (File.Exists(Path))
        {
            StorageException.Guard(_layout.QuarantineFolder, () =>
            {
                Directory.CreateDirectory(_layout.QuarantineFolder);
                File.Move(Path, System.IO.Path.Combine(_layout.QuarantineFolder, $"{System.IO.Path.GetFileName(Path)}.{DateTime.UtcNow:yyyyMMddTHHmmssfff}.bad"), overwrite: true);
            });
        }
        _problem($"checkpoint {System.IO.Path.GetFileName(Path)}: {problem}; moved to quarantine/, the batch starts from epoch 0");
    }

    /// <summary>
    /// The batches a unit trains now: those of <paramref name="needed"/> (the unit's batches with a missing run), or the
    /// smallest set of the unit's batches around them that has a checkpoint, so that a unit killed while it wrote its
    /// run files (some stored, the checkpoint of the whole unit still there) resumes instead of starting again.
    /// </summary>
    public static IReadOnlyList<RunBatch> Resumable(ResultsLayout layout, TrainingUnit unit, IReadOnlyList<RunBatch> needed) =>
        Subsets(unit.Batches)
            .Where(s => needed.All(s.Contains) && s.Count > needed.Count && File.Exists(layout.CheckpointFile(Key(s))))
            .OrderBy(s => s.Count)
            .FirstOrDefault() ?? needed;

    /// <summary>
    /// Before a grid run: deletes checkpoints of units whose runs are all stored (left by a kill between the last run
    /// file and the checkpoint's removal), and moves to <c>quarantine/</c> checkpoints that belong to no training unit of
    /// <paramref name="plan"/> (another spec, seed batch or data set), reporting each through <paramref name="problem"/>.
    /// </summary>
    public static void Tidy(ResultsLayout layout, RunPlan plan, Func<PlannedRun, bool> complete, Action<string> problem)
    {
        if (!Directory.Exists(layout.CheckpointsFolder)) return;
        var known = new Dictionary<string, TrainingUnit>(StringComparer.Ordinal);
        foreach (var unit in plan.Units)
            foreach (var subset in Subsets(unit.Batches))
                known[Key(subset)] = unit;
        foreach (var file in Directory.GetFiles(layout.CheckpointsFolder, "*.ckpt"))
        {
            var name = System.IO.Path.GetFileName(file);
            if (!known.TryGetValue(System.IO.Path.GetFileNameWithoutExtension(file), out var unit))
            {
                StorageException.Guard(layout.QuarantineFolder, () =>
                {
                    Directory.CreateDirectory(layout.QuarantineFolder);
                    File.Move(file, System.IO.Path.Combine(layout.QuarantineFolder, $"{name}.{DateTime.UtcNow:yyyyMMddTHHmmssfff}.bad"), overwrite: true);
                });
                problem($"checkpoint {name}: belongs to no training unit of this plan (another spec, seed batch or data set); moved to quarantine/");
            }
            else if (unit.Runs.All(complete)) StorageException.Guard(file, () => File.Delete(file));
        }
    }

    // Every non-empty subset of a unit's batches, in batch order (units hold a handful of depths).
    private static IEnumerable<List<RunBatch>> Subsets(IReadOnlyList<RunBatch> batches) =>
        Enumerable.Range(1, (1 << batches.Count) - 1).Select(m => batches.Where((_, i) => (m >> i & 1) == 1).ToList());

    /// <summary>Deletes the checkpoint (the unit's run files are written, or it failed and restarts from scratch).</summary>
    public void Remove()
    {
        if (File.Exists(Path)) File.Delete(Path);
    }
}
