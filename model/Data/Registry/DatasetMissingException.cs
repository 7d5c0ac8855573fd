namespace FFRepro.Model.Data.Registry;

/// <summary>A data set is not installed, or a file of it is missing. The message names the folder, the file and how to
/// get the data set.</summary>
/// <param name="message">What is missing and how to get it.</param>
/// <param name="folder">The folder the data set was looked for in.</param>
public sealed class DatasetMissingException(string message, string folder) : ModelInputException(message)
{
    /// <summary>The folder the data set was looked for in.</summary>
    public string Folder { get; } = folder;
}
