using FFRepro.Harness.Bench;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Harness.Bench;

public sealed class BenchJsonSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_bench_file_is_replaced_whole_with_snake_case_names_and_no_temporary_file_left()
    {
        var path = Path.Combine(_temp.Path, "bench.json");
        File.WriteAllText(path, "old");
        BenchJson.Write(path, new { Device = "cpu", PeakRssMib = 12 });
        Assert.Equal("{\n  \"device\": \"cpu\",\n  \"peak_rss_mib\": 12\n}", File.ReadAllText(path).ReplaceLineEndings("\n"));
        Assert.Equal([path], Directory.GetFiles(_temp.Path));
    }

    [Theory]
    [InlineData("bench", "--workloads", "2x8", "--batches", "1", "--measured", "1", "--device", "cpu")]
    [InlineData("bench", "nesting", "--widths", "8", "--depths", "2", "--batches", "1", "--measured", "1", "--device", "cpu")]
    [InlineData("bench", "checkpoint", "--workloads", "2x8", "--images", "100", "--measured", "1", "--device", "cpu")]
    public void A_json_file_in_a_missing_folder_is_rejected_before_the_bench_runs(params string[] args)
    {
        var json = Path.Combine(_temp.Path, "no", "such", "bench.json");
        var outcome = CliConsole.Run([.. args, "--json", json]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"error: --json: folder {Path.GetDirectoryName(json)} does not exist.", outcome.ErrorLines[0]);
        Assert.Empty(outcome.Out);
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "no")));
    }
}
