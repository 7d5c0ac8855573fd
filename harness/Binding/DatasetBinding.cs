using FFRepro.Model;
using FFRepro.Model.Data;
using FFRepro.Model.Data.Registry;

namespace FFRepro.Harness.Binding;

/// <summary>The one place the harness reaches the model's data set registry.</summary>
public static class DatasetBinding
{
    private static readonly Dictionary<string, Dataset> Loaded = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    /// <summary>Known data set names.</summary>
    public static IReadOnlyList<string> Names => DatasetRegistry.Names;

    /// <summary>Null when the data set loads (files present, checksums right), else the loader's message, which names
    /// the folder and how to get the files.</summary>
    public static string? Missing(string name)
    {
        try
        {
            Load(name);
            return null;
        }
        catch (Exception e) when (e is IOException or ModelInputException or InvalidDataException)
        {
            return e.Message;
        }
    }

    /// <summary>Loads the named data set once per process (the spec check and the trainer share it).</summary>
    public static Dataset Load(string name)
    {
        lock (Gate)
        {
            if (!Loaded.TryGetValue(name, out var data)) Loaded[name] = data = DatasetRegistry.Load(name);
            return data;
        }
    }
}
