namespace FFRepro.Specs.Paper;

/// <summary>Locations in the repository the paper specs read (committed result sets, shipped grids).</summary>
public static class RepoPaths
{
    /// <summary>The folder holding FFRepro.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>results/ of the repository.</summary>
    public static string Results => Path.Combine(Root, "results");

    /// <summary>A shipped grid spec file.</summary>
    public static string Grid(string name) => Path.Combine(Root, "harness", "grids", name + ".json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FFRepro.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("FFRepro.sln not found above " + AppContext.BaseDirectory);
    }
}
