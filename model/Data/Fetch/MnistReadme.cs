namespace FFRepro.Model.Data.Fetch;

/// <summary>The <c>README.md</c> written into an installed full-MNIST folder.</summary>
internal static class MnistReadme
{
    public static string Render(string origin) =>
        $"""
        # mnist: the full MNIST, 60,000 training and 10,000 test images

        Installed by `ffrepro data fetch mnist` from {origin}; do not edit. To reinstall, delete this folder and
        run `make data-mnist` again.

        - MNIST: Yann LeCun, Corinna Cortes and Christopher J. C. Burges, <http://yann.lecun.com/exdb/mnist/>,
          licensed CC BY-SA 3.0.
        - Split used by FFRepro (as loeweX/Forward-Forward): training = the first 50,000 images of
          `train-images-idx3-ubyte.gz`, validation = its last 10,000, test = `t10k-images-idx3-ubyte.gz`.
        - `SHA256SUMS` lists the gzip files as written on this machine (verified on every load). Their
          uncompressed bytes are the pinned originals:

        | file | SHA-256 of the uncompressed IDX |
        | --- | --- |
        {string.Concat(MnistFiles.RawSha256.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"| `{kv.Key}` | `{kv.Value}` |\n"))}
        """;
}
