using System.IO.Compression;

namespace FFRepro.Model.Data.Fetch;

/// <summary>
/// The gzip-compressed MNIST files from public web mirrors, each checked against the well-known SHA-256 of the
/// original <c>.gz</c> file (as pinned by TensorFlow Datasets) before it is decompressed. Mirrors are tried in
/// order; the first that serves a file with the right digest wins.
/// </summary>
/// <param name="Client">HTTP client to use; a new one (30 s connect timeout, 5 min per file) when null.</param>
public sealed record MirrorSource(HttpClient? Client = null) : IDataSource
{
    /// <summary>Mirrors tried in order; each holds the four files as <c>&lt;name&gt;.gz</c>.</summary>
    public static IReadOnlyList<string> Mirrors { get; } =
    [
        "https://ossci-datasets.s3.amazonaws.com/mnist/",
        "https://storage.googleapis.com/cvdf-datasets/mnist/",
    ];

    /// <summary>SHA-256 of each original MNIST <c>.gz</c> file, file name → lower-case hex.</summary>
    public static IReadOnlyDictionary<string, string> GzipSha256 { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["train-images-idx3-ubyte.gz"] = "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
        ["train-labels-idx1-ubyte.gz"] = "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
        ["t10k-images-idx3-ubyte.gz"] = "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
        ["t10k-labels-idx1-ubyte.gz"] = "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6",
    };

    /// <inheritdoc />
    public string Origin => $"the MNIST mirrors ({string.Join(", ", Mirrors.Select(m => new Uri(m).Host))})";

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, byte[]>> GetAsync(IReadOnlyCollection<string> names, string scratch, CancellationToken cancellationToken)
    {
        using var owned = Client is null
            ? new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(30) }) { Timeout = TimeSpan.FromMinutes(5) }
            : null;
        var http = Client ?? owned!;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in names)
            files[name] = Decompress(await DownloadAsync(http, name + ".gz", cancellationToken), name);
        return files;
    }

    private static async Task<byte[]> DownloadAsync(HttpClient http, string name, CancellationToken cancellationToken)
    {
        if (!GzipSha256.TryGetValue(name, out var expected))
            throw new ArgumentException($"{name} is not a standard MNIST file ({string.Join(", ", GzipSha256.Keys)}).", nameof(name));
        DataFormatException? mismatch = null;
        foreach (var mirror in Mirrors)
        {
            try
            {
                var bytes = await http.GetByteArrayAsync(mirror + name, cancellationToken);
                var actual = Sha256Sums.OfBytes(bytes);
                if (string.Equals(actual, expected, StringComparison.Ordinal))
                    return bytes;
                mismatch = new DataFormatException(mirror + name, $"SHA-256 is {actual}, expected {expected}.");
            }
            catch (Exception e) when (e is HttpRequestException or HttpIOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Unreachable or failing mirror: try the next one; the error below covers all of them.
            }
        }
        throw mismatch ?? (Exception)new SourceUnavailableException($"no MNIST mirror ({string.Join(", ", Mirrors.Select(m => new Uri(m).Host))}) can be reached");
    }

    private static byte[] Decompress(byte[] gzip, string name)
    {
        try
        {
            using var input = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new DataFormatException(name + ".gz", $"corrupt gzip stream ({e.Message}).", e);
        }
    }
}
