namespace FFRepro.Model.Data.Fetch;

/// <summary>Outcome of <see cref="MnistFetcher.FetchAsync"/>.</summary>
/// <param name="Folder">The installed folder (absolute).</param>
/// <param name="AlreadyInstalled">True when the folder already held the verified files and nothing was done.</param>
/// <param name="Origin">The source the files came from (<see cref="IDataSource.Origin"/>); null when already installed.</param>
public sealed record FetchResult(string Folder, bool AlreadyInstalled, string? Origin);
