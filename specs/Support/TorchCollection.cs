using Xunit;

namespace FFRepro.Specs.Support;

/// <summary>
/// Specs that create tensors run one after another: libtorch's thread pool is shared, and the leak spec counts
/// live tensors process-wide.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TorchCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "torch";
}
