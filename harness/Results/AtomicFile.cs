namespace FFRepro.Harness.Results;

/// <summary>Writes a file so that readers see either nothing or all of it: a hidden temporary file in the same
/// folder, flushed to disk, then renamed over the target (rename is atomic within a file system).</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="target"/> through <paramref name="write"/>; on any failure the target is untouched.</summary>
    public static async Task WriteAsync(string target, Func<Stream, Task> write, CancellationToken ct = default)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await write(stream);
                await stream.FlushAsync(ct);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Writes text atomically.</summary>
    public static Task WriteTextAsync(string target, string text, CancellationToken ct = default) =>
        WriteAsync(target, async s =>
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            await s.WriteAsync(bytes, ct);
        }, ct);
}
