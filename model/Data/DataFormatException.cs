namespace FFRepro.Model.Data;

/// <summary>
/// A data file is malformed: wrong magic number, truncated, inconsistent dimensions, an image/label count
/// mismatch, or a checksum that does not match. The message always names the file and the problem.
/// </summary>
public sealed class DataFormatException : ModelInputException
{
    /// <summary>Creates the exception; the message reads <c>"{file}: {problem}"</c>.</summary>
    /// <param name="file">Path (or name) of the offending file.</param>
    /// <param name="problem">What is wrong, as one sentence.</param>
    /// <param name="inner">The low-level error, when there is one (e.g. a corrupt gzip stream).</param>
    public DataFormatException(string file, string problem, Exception? inner = null)
        : base($"{file}: {problem}", inner)
    {
        File = file;
        Problem = problem;
    }

    /// <summary>Path (or name) of the offending file.</summary>
    public string File { get; }

    /// <summary>What is wrong with the file.</summary>
    public string Problem { get; }
}
