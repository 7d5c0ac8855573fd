namespace FFRepro.Model.Checkpoints;

/// <summary>
/// Where one training keeps its checkpoint: the trainer asks it for the latest one before epoch 1 and offers a new one
/// after every epoch. Implementations decide where the bytes live and how often to keep them, and must write atomically
/// (a reader sees the previous checkpoint or all of the new one, never a mix).
/// </summary>
public interface ICheckpointStore
{
    /// <summary>The latest checkpoint of this training, readable and seekable from its start; null when there is none.</summary>
    Stream? OpenLatest();

    /// <summary>Whether to write a checkpoint now, after epoch <paramref name="epoch"/> of <paramref name="epochs"/>.</summary>
    bool Due(int epoch, int epochs);

    /// <summary>Replaces the checkpoint with what <paramref name="write"/> writes, atomically; false when it could not be
    /// written (e.g. a full disk): the previous checkpoint stays, and training goes on.</summary>
    bool Save(Action<Stream> write);

    /// <summary>Training continues from the latest checkpoint, taken after epoch <paramref name="epoch"/>.</summary>
    void Restored(int epoch);

    /// <summary>The latest checkpoint cannot be used (<paramref name="problem"/>: corrupt, truncated, or of another
    /// training); it is to be moved aside and kept for inspection. Training starts from epoch 0.</summary>
    void Reject(string problem);
}
