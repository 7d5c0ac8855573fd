namespace FFRepro.Model.Data.Fetch;

/// <summary>
/// A data source cannot be used on this machine: its tool is not installed or its host cannot be reached. The
/// message is one clause saying why (e.g. <c>npm is not installed</c>), so several can be joined into one sentence.
/// </summary>
public sealed class SourceUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
