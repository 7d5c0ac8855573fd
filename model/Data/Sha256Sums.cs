using System.Security.Cryptography;

namespace FFRepro.Model.Data;

/// <summary>
/// SHA-256 of files and the <c>sha256sum</c> text format (<c>"&lt;64 hex&gt;  &lt;name&gt;"</c>, one file a line),
/// used to pin shipped and downloaded data files.
/// </summary>
public static class Sha256Sums
{
    /// <summary>The file name of a checksum list inside a data folder.</summary>
    public const string FileName = "SHA256SUMS";

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public static string Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Lower-case hex SHA-256 of <paramref name="bytes"/>.</summary>
    public static string OfBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Throws <see cref="DataFormatException"/> naming the file, the expected and the actual sum when they differ.</summary>
    /// <param name="path">File to hash.</param>
    /// <param name="expected">Expected hex digest; compared case-insensitively.</param>
    public static void Verify(string path, string expected)
    {
        var actual = Of(path);
        if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            throw new DataFormatException(path, $"SHA-256 is {actual}, expected {expected.ToLowerInvariant()}.");
    }

    /// <summary>Formats sums as <c>sha256sum</c> output, ordered by file name (ordinal) so the text is reproducible.</summary>
    public static string Format(IReadOnlyDictionary<string, string> sums) =>
        string.Concat(sums.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Value}  {kv.Key}\n"));

    /// <summary>
    /// Parses <c>sha256sum</c> text into file name → lower-case digest. Blank lines are skipped; the binary-mode
    /// marker <c>*</c> before a name is accepted. A malformed line throws <see cref="DataFormatException"/>.
    /// </summary>
    /// <param name="text">The list's content.</param>
    /// <param name="source">Name of the list, for error messages.</param>
    public static IReadOnlyDictionary<string, string> Parse(string text, string source)
    {
        var sums = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
                continue;
            if (line.Length < 67 || line[64] != ' ' || (line[65] != ' ' && line[65] != '*')
                || !line[..64].All(Uri.IsHexDigit))
                throw new DataFormatException(source, $"line '{line}' is not '<sha256>  <file>'.");
            sums[line[66..]] = line[..64].ToLowerInvariant();
        }
        return sums;
    }

    /// <summary>
    /// Verifies every file listed in <paramref name="folder"/>/<see cref="FileName"/>. A listed file that is missing
    /// or differs throws <see cref="DataFormatException"/>; a missing list throws <see cref="FileNotFoundException"/>.
    /// </summary>
    /// <returns>The verified sums, file name → digest.</returns>
    public static IReadOnlyDictionary<string, string> VerifyFolder(string folder)
    {
        var listPath = Path.Combine(folder, FileName);
        if (!File.Exists(listPath))
            throw new FileNotFoundException($"Checksum list {FileName} is missing in {folder}.", listPath);
        var sums = Parse(File.ReadAllText(listPath), listPath);
        foreach (var (name, expected) in sums)
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
                throw new DataFormatException(path, $"listed in {FileName} but missing.");
            Verify(path, expected);
        }
        return sums;
    }
}
