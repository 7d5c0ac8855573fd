namespace FFRepro.Harness.Cli;

/// <summary>The <c>--folder</c> a bench writes into: created when missing, or one <c>error:</c> naming it.</summary>
internal static class BenchFolders
{
    /// <summary>Creates <paramref name="folder"/>; a folder that cannot be created is bad input (exit 2).</summary>
    public static void Create(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"--folder: cannot create {Path.GetFullPath(folder)}: {e.Message}");
        }
    }
}
