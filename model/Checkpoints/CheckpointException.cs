namespace FFRepro.Model.Checkpoints;

/// <summary>A checkpoint that cannot be restored: damaged, truncated, of another format, or of another training.</summary>
internal sealed class CheckpointException(string message) : Exception(message);
