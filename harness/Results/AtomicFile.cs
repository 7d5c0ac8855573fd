using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace FFRepro.Harness.Results;

/// <summary>Writes a file so that readers see either nothing or all of it: a hidden temporary file in the same
/// folder, flushed to disk, then renamed over the target (rename is atomic within a file system).</summary>
public static class AtomicFile
{
    private const string TempSuffix = ".tmp";

    // Temporary names carry host and process, so a later process can tell a dead writer's leftovers (SIGKILL,
    // node failure) from the live file of a concurrent shard, possibly on another machine sharing the folder.
    private static readonly string Owner = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Environment.MachineName)))[..8];

    /// <summary>A hidden temporary path beside <paramref name="target"/>, owned by this host and process.</summary>
    public static string TempPath(string target)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        return Path.Combine(folder, $".{Path.GetFileName(target)}.{Owner}-{Environment.ProcessId}.{Guid.NewGuid():N}{TempSuffix}");
    }

    /// <summary>Deletes temporary files in <paramref name="folder"/> left by processes of this host that no longer
    /// run (a write cut short by SIGKILL cannot clean up after itself). Files of other hosts and of live processes
    /// are kept. Returns how many were deleted; a missing folder has none.</summary>
    public static int RemoveStale(string folder)
    {
        if (!Directory.Exists(folder)) return 0;
        var removed = 0;
        foreach (var file in Directory.GetFiles(folder, "." + "*" + TempSuffix))
        {
            var parts = Path.GetFileName(file).Split('.');
            if (parts.Length < 4) continue;
            var owner = parts[^3].Split('-');
            if (owner.Length != 2 || owner[0] != Owner || !int.TryParse(owner[1], out var pid) || Alive(pid)) continue;
            try { File.Delete(file); removed++; }
            catch (IOException) { }
        }
        return removed;
    }

    private static bool Alive(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }

    /// <summary>Writes <paramref name="target"/> through <paramref name="write"/>; on any failure the target is untouched.
    /// A file system failure (full disk, read-only folder) throws <see cref="StorageException"/> naming the file.</summary>
    public static async Task WriteAsync(string target, Func<Stream, Task> write, CancellationToken ct = default)
    {
        var temp = TempPath(target);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await write(stream);
                await stream.FlushAsync(ct);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
        }
        catch (Exception e) when (StorageException.IsFileSystem(e))
        {
            throw StorageException.Writing(target, e);
        }
        finally
        {
            Discard(temp);
        }
    }

    /// <summary>Writes <paramref name="target"/> through <paramref name="write"/> synchronously (from a training thread);
    /// on any failure the target is untouched. With <paramref name="durable"/> false the data is not flushed to disk
    /// before the rename: a killed process loses nothing (the kernel holds the data), but a machine crash may leave the
    /// file damaged; for files whose readers detect damage and can do without them (checkpoints). A file system failure
    /// throws <see cref="StorageException"/> naming the file.</summary>
    public static void Write(string target, Action<Stream> write, bool durable = true)
    {
        var temp = TempPath(target);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                write(stream);
                stream.Flush(flushToDisk: durable);
            }
            File.Move(temp, target, overwrite: true);
        }
        catch (Exception e) when (StorageException.IsFileSystem(e))
        {
            throw StorageException.Writing(target, e);
        }
        finally
        {
            Discard(temp);
        }
    }

    // A temporary file that cannot be deleted (the folder vanished or turned read-only) is left for RemoveStale; the
    // failure that got here is the one to report.
    private static void Discard(string temp)
    {
        try { if (File.Exists(temp)) File.Delete(temp); }
        catch (Exception e) when (StorageException.IsFileSystem(e)) { }
    }

    /// <summary>Writes text atomically.</summary>
    public static Task WriteTextAsync(string target, string text, CancellationToken ct = default) =>
        WriteAsync(target, async s =>
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            await s.WriteAsync(bytes, ct);
        }, ct);
}
