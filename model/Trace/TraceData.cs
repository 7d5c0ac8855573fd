using FFRepro.Model.Data;
using FFRepro.Model.Data.Registry;

namespace FFRepro.Model.Trace;

/// <summary>A registered data set and the folder it was read from (a replay names the folder, so that another
/// implementation reads the same files).</summary>
/// <param name="Data">The loaded, verified data set.</param>
/// <param name="Folder">Absolute path of its IDX files.</param>
public sealed record TraceData(Dataset Data, string Folder)
{
    /// <summary>Loads <paramref name="name"/> as every FFRepro command does (FFREPRO_DATA, data/&lt;name&gt;, system folders).</summary>
    public static TraceData Load(string name)
    {
        var folder = Path.GetFullPath(DataFolderLocator.Resolve(DatasetRegistry.Find(name)));
        return new TraceData(DatasetRegistry.Load(name, folder), folder);
    }
}
