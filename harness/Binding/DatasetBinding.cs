using FFRepro.Model.Data;

namespace FFRepro.Harness.Binding;

/// <summary>The one place the harness reaches the model's data set registry.</summary>
public static class DatasetBinding
{
    /// <summary>Known data set names.</summary>
    public static IReadOnlyList<string> Names { get; } = ["mnist10k", "mnist", "fashion-mnist"];

    /// <summary>Null when the data set loads, else the loader's message (names the folder and how to get the files).</summary>
    public static string? Missing(string name)
    {
        try
        {
            Load(name);
            return null;
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return e.Message;
        }
    }

    /// <summary>Loads the named data set.</summary>
    public static Dataset Load(string name) =>
        throw new NotSupportedException($"data set '{name}': the data set registry is not part of this build yet (branch data).");
}
