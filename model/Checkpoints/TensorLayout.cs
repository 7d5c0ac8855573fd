using System.Text.Json.Serialization;

namespace FFRepro.Model.Checkpoints;

/// <summary>Name, element type and shape of one stored tensor.</summary>
internal sealed record TensorLayout(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("dtype")] string Type,
    [property: JsonPropertyName("shape")] long[] Shape)
{
    /// <summary>Whether two layouts describe the same tensor (shape by value).</summary>
    public bool Matches(TensorLayout other) => Name == other.Name && Type == other.Type && Shape.SequenceEqual(other.Shape);

    /// <inheritdoc />
    public override string ToString() => $"{Name} {Type}[{string.Join(",", Shape)}]";
}
