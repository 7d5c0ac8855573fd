using FFRepro.Model.Checkpoints;

namespace FFRepro.Specs.Model.Checkpoints;

/// <summary>Keeps one checkpoint in memory; records what the trainer did with it.</summary>
public sealed class MemoryCheckpointStore : ICheckpointStore
{
    public byte[]? Bytes { get; set; }
    public int Saves { get; private set; }
    public int? RestoredEpoch { get; private set; }
    public List<string> Rejected { get; } = [];

    /// <summary>Save after these epochs only (null: every epoch).</summary>
    public Func<int, bool>? When { get; init; }

    public Stream? OpenLatest() => Bytes is null ? null : new MemoryStream(Bytes, writable: false);

    public bool Due(int epoch, int epochs) => When?.Invoke(epoch) ?? true;

    public bool Save(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        Bytes = buffer.ToArray();
        Saves++;
        return true;
    }

    public void Restored(int epoch) => RestoredEpoch = epoch;

    public void Reject(string problem)
    {
        Rejected.Add(problem);
        Bytes = null;
    }
}
