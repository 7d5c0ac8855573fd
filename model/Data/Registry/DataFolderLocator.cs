namespace FFRepro.Model.Data.Registry;

/// <summary>
/// Finds a data set's folder when none is given. Candidates, in order: <c>$FFREPRO_DATA/&lt;folder&gt;</c>; the first
/// <c>data/&lt;folder&gt;</c> found walking up from <see cref="AppContext.BaseDirectory"/>, then from the current
/// directory; then the definition's system folders. The first candidate that exists wins.
/// </summary>
internal static class DataFolderLocator
{
    public const string EnvironmentVariable = "FFREPRO_DATA";

    /// <summary>The folder to load from; when no candidate exists, the one a user would be told to fill.</summary>
    public static string Resolve(DatasetDefinition definition)
    {
        var candidates = Candidates(definition).ToList();
        return candidates.FirstOrDefault(Directory.Exists)
            ?? candidates.FirstOrDefault()
            ?? Path.Combine(Environment.CurrentDirectory, "data", definition.DataFolder);
    }

    private static IEnumerable<string> Candidates(DatasetDefinition definition)
    {
        var root = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(root))
            yield return Path.GetFullPath(Path.Combine(root, definition.DataFolder));
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            if (WalkUp(start, definition.DataFolder) is { } found)
                yield return found;
        foreach (var folder in definition.SystemFolders)
            yield return folder;
    }

    private static string? WalkUp(string start, string dataFolder)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", dataFolder);
            if (Directory.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
