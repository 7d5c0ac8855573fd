using FFRepro.Model.Data;
using FFRepro.Model.Data.Fetch;
using FFRepro.Model.Data.Idx;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Model.Data;

public sealed class DataInstallerSpecs
{
    private static readonly Dictionary<string, byte[]> Files = new(StringComparer.Ordinal)
    {
        ["a-idx1-ubyte"] = [0, 0, 8, 1, 0, 0, 0, 3, 7, 2, 9],
        ["b-idx1-ubyte"] = [0, 0, 8, 1, 0, 0, 0, 1, 4],
    };

    private static readonly Dictionary<string, string> Sums = Files.ToDictionary(f => f.Key, f => Sha256Sums.OfBytes(f.Value), StringComparer.Ordinal);

    [Fact]
    public void Installed_gzip_files_decompress_to_the_input_their_SHA256SUMS_holds_and_Inspect_says_installed()
    {
        using var temp = new TempFolder();
        var target = temp.File("set");

        DataInstaller.Install(DataInstaller.CreatePartial(target), target, Files, Sums, "here", "readme");

        Assert.Equal(["README.md", "SHA256SUMS", "a-idx1-ubyte.gz", "b-idx1-ubyte.gz"], Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in Files)
            Assert.Equal(bytes, IdxReader.ReadPayload(Path.Combine(target, name + ".gz")));
        Assert.Equal(["a-idx1-ubyte.gz", "b-idx1-ubyte.gz"], Sha256Sums.VerifyFolder(target).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(InstallState.Installed, DataInstaller.Inspect(target, Sums).State);
        Assert.Equal(["set"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_with_the_wrong_sum_is_named_and_nothing_reaches_the_target()
    {
        using var temp = new TempFolder();
        var target = temp.File("set");
        var wrong = new Dictionary<string, byte[]>(Files) { ["b-idx1-ubyte"] = [1, 2, 3] };

        var e = Assert.Throws<DataFormatException>(() => DataInstaller.Install(DataInstaller.CreatePartial(target), target, wrong, Sums, "the test", ""));

        Assert.StartsWith("b-idx1-ubyte from the test: SHA-256 is ", e.Message);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public void A_cancelled_install_leaves_the_target_absent()
    {
        using var temp = new TempFolder();
        var target = temp.File("set");
        Assert.Throws<OperationCanceledException>(() =>
            DataInstaller.Install(DataInstaller.CreatePartial(target), target, Files, Sums, "here", "", new CancellationToken(canceled: true)));
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public void An_install_that_loses_the_race_to_the_same_files_keeps_the_winners_folder()
    {
        using var temp = new TempFolder();
        var target = temp.File("set");
        DataInstaller.Install(DataInstaller.CreatePartial(target), target, Files, Sums, "first", "first");

        DataInstaller.Install(DataInstaller.CreatePartial(target), target, Files, Sums, "second", "second");

        Assert.Equal("first", File.ReadAllText(Path.Combine(target, "README.md")));
    }

    [Fact]
    public void An_install_onto_a_folder_holding_other_files_fails_and_changes_nothing()
    {
        using var temp = new TempFolder();
        var target = Directory.CreateDirectory(temp.File("set")).FullName;
        File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");

        Assert.ThrowsAny<IOException>(() => DataInstaller.Install(DataInstaller.CreatePartial(target), target, Files, Sums, "here", ""));

        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(target).Select(Path.GetFileName));
    }

    [Fact]
    public void Inspect_tells_absent_installed_and_foreign_folders_apart()
    {
        using var temp = new TempFolder();
        var folder = temp.File("set");
        Assert.Equal(InstallState.Absent, DataInstaller.Inspect(folder, Sums).State);
        Directory.CreateDirectory(folder);
        Assert.Equal(InstallState.Absent, DataInstaller.Inspect(folder, Sums).State);

        // Raw files without a SHA256SUMS, as copied by hand, count when their bytes are right.
        foreach (var (name, bytes) in Files)
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        Assert.Equal(InstallState.Installed, DataInstaller.Inspect(folder, Sums).State);

        File.WriteAllText(Path.Combine(folder, Sha256Sums.FileName), $"{new string('0', 64)}  a-idx1-ubyte\n");
        var (listWrong, why) = DataInstaller.Inspect(folder, Sums);
        Assert.Equal(InstallState.Foreign, listWrong);
        Assert.Contains("a-idx1-ubyte", why);
        File.Delete(Path.Combine(folder, Sha256Sums.FileName));

        File.WriteAllBytes(Path.Combine(folder, "b-idx1-ubyte"), [0, 0, 8, 1, 0, 0, 0, 1, 5]);
        (var changed, why) = DataInstaller.Inspect(folder, Sums);
        Assert.Equal(InstallState.Foreign, changed);
        Assert.Contains("b-idx1-ubyte holds other bytes", why);

        File.Delete(Path.Combine(folder, "b-idx1-ubyte"));
        Assert.Equal((InstallState.Foreign, "it has no b-idx1-ubyte.gz (or b-idx1-ubyte)"), DataInstaller.Inspect(folder, Sums));
    }
}
