using static TorchSharp.torch;

namespace FFRepro.Model.Checkpoints;

/// <summary>One tensor of a training's state as a checkpoint stores it: name, element type and shape (checked on
/// restore, so a checkpoint of another network layout is refused), how to read its current value to the host, and how
/// to put a restored host value back.</summary>
/// <param name="Name">Stable name, e.g. <c>layers</c>, <c>classifier.3</c>, <c>data_generator.7</c>.</param>
/// <param name="Type">Element type.</param>
/// <param name="Shape">Shape.</param>
/// <param name="Current">The value now, as a contiguous CPU tensor owned by the caller.</param>
/// <param name="Restore">Takes a CPU tensor of <paramref name="Type"/> and <paramref name="Shape"/> holding the stored value.</param>
internal sealed record CheckpointEntry(string Name, ScalarType Type, long[] Shape, Func<Tensor> Current, Action<Tensor> Restore);
