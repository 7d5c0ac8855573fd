using System.Text.Json;

namespace FFRepro.Model.Checkpoints;

/// <summary>The trainer's two checkpoint hooks: restore before the first epoch, save after an epoch when due.</summary>
internal static class Checkpointing
{
    /// <summary>
    /// Restores the latest checkpoint of the request's store into <paramref name="state"/> and returns the epochs it had
    /// trained; 0 (start afresh) without a store or checkpoint, or when the checkpoint is refused: the store is told why
    /// and moves it aside, and the untouched state starts from epoch 0.
    /// </summary>
    public static int Resume(TrainingState state)
    {
        var store = state.Request.Checkpoints;
        using var stream = store?.OpenLatest();
        if (store is null || stream is null) return 0;
        int epoch;
        try
        {
            (epoch, state.SecondsBefore) = CheckpointFile.Read(stream, state);
        }
        catch (Exception e) when (e is CheckpointException or EndOfStreamException or JsonException)
        {
            stream.Dispose();   // the store moves the file aside
            store.Reject(e is CheckpointException ? e.Message : $"damaged: {e.Message}");
            return 0;
        }
        store.Restored(epoch);
        state.LastSaved = DateTime.UtcNow;
        return epoch;
    }

    /// <summary>Writes a checkpoint after <paramref name="epoch"/> when the store says one is due; true when written.</summary>
    /// <param name="state">The training.</param>
    /// <param name="epoch">Epochs trained so far.</param>
    /// <param name="seconds">Training seconds of this process so far (added to those before the restored checkpoint).</param>
    public static bool AfterEpoch(TrainingState state, int epoch, double seconds)
    {
        var store = state.Request.Checkpoints;
        if (store is null || !store.Due(epoch, state.Request.Recipe.Epochs)) return false;
        if (!store.Save(s => CheckpointFile.Write(s, state, epoch, state.SecondsBefore + seconds))) return false;
        state.LastSaved = DateTime.UtcNow;
        return true;
    }
}
