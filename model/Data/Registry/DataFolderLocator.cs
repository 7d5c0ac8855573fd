namespace FFRepro.Model.Data.Registry;

/// <summary>
/// Finds a data set's folder when none is given. Candidates, in order: <c>$FFREPRO_DATA/&lt;folder&gt;</c>; the first
/// <c>data/&lt;folder&gt;</c> found walking up from <see cref="AppContext.BaseDirectory"/>, then from the current
/// directory; then the definition's system folders. The first candidate that exists wins; when none does, the
/// first candidate (or <c>data/&lt;folder&gt;</c> beside the shipped mnist10k) is returned so errors name it.
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
            ?? RepositoryDataFolder(definition.DataFolder)
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

    /// <summary>
    /// <c>data/&lt;folder&gt;</c> next to the shipped <c>data/mnist10k</c>, so that an error about a data set not yet
    /// fetched names the repository's data folder even when run from elsewhere.
    /// </summary>
    private static string? RepositoryDataFolder(string dataFolder)
    {
        var shipped = WalkUp(AppContext.BaseDirectory, DatasetDefinition.Mnist10k.DataFolder)
            ?? WalkUp(Environment.CurrentDirectory, DatasetDefinition.Mnist10k.DataFolder);
        return shipped is null ? null : Path.Combine(Path.GetDirectoryName(shipped)!, dataFolder);
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
