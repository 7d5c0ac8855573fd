namespace FFRepro.Model.Data.Fetch;

/// <summary>
/// Downloads the four standard MNIST files from public mirrors and checks them against the well-known SHA-256 of
/// the gzip files (as pinned by torchvision and TensorFlow Datasets).
/// </summary>
public static class MnistFetcher
{
    /// <summary>Mirrors tried in order; each holds the four files under these names.</summary>
    public static IReadOnlyList<string> Mirrors { get; } =
    [
        "https://ossci-datasets.s3.amazonaws.com/mnist/",
        "https://storage.googleapis.com/cvdf-datasets/mnist/",
    ];

    /// <summary>SHA-256 of each standard MNIST <c>.gz</c> file, file name → lower-case hex.</summary>
    public static IReadOnlyDictionary<string, string> KnownSha256 { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["train-images-idx3-ubyte.gz"] = "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
        ["train-labels-idx1-ubyte.gz"] = "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
        ["t10k-images-idx3-ubyte.gz"] = "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
        ["t10k-labels-idx1-ubyte.gz"] = "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6",
    };

    /// <summary>
    /// Checks a local MNIST file against <see cref="KnownSha256"/> by its file name.
    /// </summary>
    /// <exception cref="ArgumentException">The file name is not one of the four standard names.</exception>
    /// <exception cref="DataFormatException">The digest differs; the message names the file and both digests.</exception>
    public static void Verify(string path)
    {
        var name = Path.GetFileName(path);
        if (!KnownSha256.TryGetValue(name, out var expected))
            throw new ArgumentException($"{name} is not a standard MNIST file ({string.Join(", ", KnownSha256.Keys)}).", nameof(path));
        Sha256Sums.Verify(path, expected);
    }

    /// <summary>
    /// Makes <paramref name="folder"/> hold the four verified files. A file already there with the right digest is
    /// kept; otherwise each mirror is tried in turn, downloading to a temporary file in the same folder that is
    /// renamed into place only after its digest matches, so a failed or interrupted fetch never leaves a partial file.
    /// </summary>
    /// <param name="folder">Destination, created if needed (normally <c>data/mnist</c>).</param>
    /// <param name="client">HTTP client to use; a new one when null.</param>
    /// <param name="cancellationToken">Cancels the downloads.</param>
    /// <exception cref="IOException">No mirror could be reached (e.g. no network); the message is one plain sentence.</exception>
    /// <exception cref="DataFormatException">Every reachable mirror served a file with the wrong digest.</exception>
    public static async Task FetchAsync(string folder, HttpClient? client = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        using var owned = client is null ? new HttpClient { Timeout = TimeSpan.FromMinutes(5) } : null;
        var http = client ?? owned!;
        foreach (var (name, expected) in KnownSha256)
        {
            var target = Path.Combine(folder, name);
            if (File.Exists(target) && string.Equals(Sha256Sums.Of(target), expected, StringComparison.Ordinal))
                continue;
            await FetchOneAsync(http, name, target, cancellationToken);
        }
    }

    private static async Task FetchOneAsync(HttpClient http, string name, string target, CancellationToken cancellationToken)
    {
        DataFormatException? mismatch = null;
        foreach (var mirror in Mirrors)
        {
            var temp = $"{target}.{Guid.NewGuid():N}.tmp";
            try
            {
                using (var response = await http.GetAsync(mirror + name, HttpCompletionOption.ResponseHeadersRead, cancellationToken))
                {
                    response.EnsureSuccessStatusCode();
                    await using var file = File.Create(temp);
                    await response.Content.CopyToAsync(file, cancellationToken);
                }
                Sha256Sums.Verify(temp, KnownSha256[name]);
                File.Move(temp, target, overwrite: true);
                return;
            }
            catch (DataFormatException e)
            {
                mismatch = new DataFormatException(mirror + name, e.Problem, e);
            }
            catch (Exception e) when (e is HttpRequestException or HttpIOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Unreachable or failing mirror: try the next one; the error below covers all of them.
            }
            finally
            {
                if (File.Exists(temp))
                    File.Delete(temp);
            }
        }
        throw mismatch ?? (Exception)new IOException(
            $"Could not download {name}: no MNIST mirror ({string.Join(", ", Mirrors.Select(m => new Uri(m).Host))}) can be reached, so this machine probably has no network access.");
    }
}
