namespace FFRepro.Harness.Cli;

/// <summary>A user error detected by the CLI itself (unwritable results folder, unknown grid); exit code 2.</summary>
public sealed class BadInputException(string message) : Exception(message);
