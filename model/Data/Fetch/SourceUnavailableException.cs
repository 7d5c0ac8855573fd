namespace FFRepro.Model.Data.Fetch;

/// <summary>
/// A data source cannot be used on this machine: its tool is not installed or its host cannot be reached. The
/// message is one clause saying why (e.g. <c>npm is not installed</c>), so several can be joined into one sentence.
/// </summary>
/// <param name="message">Why, as one clause.</param>
/// <param name="remedy">What the user can do about it, as one clause (e.g. <c>install npm (...)</c>); null when nothing specific.</param>
/// <param name="inner">The low-level error.</param>
public sealed class SourceUnavailableException(string message, string? remedy = null, Exception? inner = null) : ModelInputException(message, inner)
{
    /// <summary>What the user can do about it, as one clause; null when nothing specific.</summary>
    public string? Remedy { get; } = remedy;
}
