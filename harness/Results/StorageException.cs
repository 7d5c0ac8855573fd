namespace FFRepro.Harness.Results;

/// <summary>
/// A results file cannot be written or read as stored: full disk, read-only or vanished folder, a merged file that is
/// missing or belongs to another grid or schema. Files are renamed into place only when complete, so whatever was
/// stored before is intact. The message names the file or folder.
/// </summary>
public sealed class StorageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What cannot be done, naming the file.</param>
    /// <param name="inner">The file system's error, when there is one.</param>
    public StorageException(string message, Exception? inner = null) : base(message, inner) { }

    /// <summary>Whether <paramref name="e"/> is a file system failure (as opposed to a fault of the program).</summary>
    public static bool IsFileSystem(Exception e) => e is IOException or UnauthorizedAccessException;

    /// <summary>Writing <paramref name="path"/> failed with the file system error <paramref name="e"/>.</summary>
    public static StorageException Writing(string path, Exception e) =>
        new($"cannot write results (full disk or read-only folder?); stored results are intact: {Naming(path, e)}", e);

    /// <summary>Reading <paramref name="path"/> failed with the file system error <paramref name="e"/>.</summary>
    public static StorageException Reading(string path, Exception e) => new($"cannot read {Path.GetFullPath(path)}: {e.Message}", e);

    /// <summary>Runs <paramref name="change"/>, a change to stored files under <paramref name="path"/> (a move, a delete),
    /// turning a file system failure into <see cref="StorageException"/>.</summary>
    public static void Guard(string path, Action change)
    {
        try
        {
            change();
        }
        catch (Exception e) when (IsFileSystem(e))
        {
            throw Writing(path, e);
        }
    }

    // The file system's message names the path in most cases; add it where it does not.
    private static string Naming(string path, Exception e) =>
        e.Message.Contains(Path.GetFileName(path), StringComparison.Ordinal) ? e.Message : $"{Path.GetFullPath(path)}: {e.Message}";
}
