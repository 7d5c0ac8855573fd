using FFRepro.Harness.Cli;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Harness.Cli;

public sealed class ExitCodeSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Results => Path.Combine(_temp.Path, "results");

    private string SpecFile(string json)
    {
        var path = Path.Combine(_temp.Path, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("grid", "run", "--help")]
    [InlineData("grid", "plan", "smoke")]
    [InlineData("grid", "plan", "paper", "--shard", "2/7", "--ids")]
    [InlineData("grid", "plan", "ci", "--seed-batch", "7")]
    [InlineData("bench", "overhead", "--device", "cpu", "--ops", "200", "--measured", "1")]
    public void Success_exits_0(params string[] args) => Assert.Equal(ExitCodes.Ok, CliConsole.Run(args).ExitCode);

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("grid")]
    [InlineData("grid", "run")]
    [InlineData("grid", "plan", "smoke", "--shard", "0/3")]
    [InlineData("grid", "plan", "smoke", "--device", "tpu")]
    [InlineData("grid", "plan", "no-such-grid")]
    [InlineData("grid", "plan", "smoke", "--no-such-option")]
    [InlineData("grid", "plan", "smoke", "--seed-batch", "0")]
    [InlineData("bench", "overhead", "--ops", "5")]
    [InlineData("bench", "--modes", "batchd")]
    [InlineData("bench", "--modes", "xyz,single")]
    [InlineData("bench", "--modes", ",")]
    [InlineData("bench", "--measured", "0")]
    [InlineData("bench", "--measured", "-1")]
    [InlineData("bench", "--seeds", "0")]
    [InlineData("bench", "--batches", "0")]
    [InlineData("bench", "--eval-images", "-1")]
    [InlineData("bench", "nesting", "--measured", "0")]
    [InlineData("bench", "nesting", "--batches", "0")]
    [InlineData("bench", "checkpoint", "--seeds", "0")]
    [InlineData("bench", "checkpoint", "--images", "0")]
    [InlineData("bench", "merge", "--runs", "0")]
    [InlineData("bench", "overhead", "--measured", "0")]
    [InlineData("grid", "run", "smoke", "--seed-batch", "-3")]
    public void Bad_input_exits_2(params string[] args) => Assert.Equal(ExitCodes.BadInput, CliConsole.Run(args).ExitCode);

    [Theory]
    [InlineData("{ \"name\": \"x\",, }")]
    [InlineData("""{"name":"x","dataset":"mnist10k","recipe":"paper","treatments":{"width":[1,1]}}""")]
    [InlineData("""{"name":"x","dataset":"mnist10k","recipe":"paper","treatments":{"no_such_field":[1]}}""")]
    [InlineData("""{"name":"x","dataset":"svhn","recipe":"paper"}""")]
    [InlineData("""{"name":"x","dataset":"mnist10k","recipe":"paper","overrides":{"lr":"fast"}}""")]
    public void A_bad_spec_exits_2_and_writes_nothing(string json)
    {
        Assert.Equal(ExitCodes.BadInput, CliConsole.Run(["grid", "run", SpecFile(json), "--results", Results]).ExitCode);
        Assert.False(Directory.Exists(Results));
    }

    [Fact]
    public void An_unwritable_results_folder_exits_2()
    {
        var blocker = Path.Combine(_temp.Path, "file");
        File.WriteAllText(blocker, "not a folder");
        Assert.Equal(ExitCodes.BadInput, CliConsole.Run(["grid", "run", "smoke", "--results", Path.Combine(blocker, "results")]).ExitCode);
    }

    [Fact]
    public void Merging_a_grid_without_results_exits_2() =>
        Assert.Equal(ExitCodes.BadInput, CliConsole.Run(["merge", "nothing-here", "--results", Results]).ExitCode);
}
