using FFRepro.Harness.Results;
using FFRepro.Specs.Harness;
using FFRepro.Specs.Support;
using FFRepro.Stats.Data;
using Xunit;

namespace FFRepro.Specs.Reliability;

/// <summary>Flipping each byte of a small run file in turn found one (offset 2091 with Parquet.Net 6.1.0) where the
/// Parquet reader spins forever; the read is bounded and the file reported bad, so a grid run, status or merge goes on.</summary>
public sealed class ReaderHangSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_file_that_hangs_the_reader_is_reported_bad_within_the_timeout()
    {
        var run = new RunRecord { RunId = "00000000000000aa", Grid = "smoke", Status = RunStatus.Ok, Treatment = "depth=1", Depth = 1, Width = 2, Epochs = 3, Seed = 4, FinalClassifierAccuracy = 0.5 };
        var curves = Enumerable.Range(0, 12).Select(i => new CurveRecord
        {
            RunId = run.RunId, Treatment = run.Treatment, Depth = 1, Width = 2, Epochs = 3, Seed = 4,
            Epoch = i / 4, Layer = i % 2, Metric = MetricNames.All[i % MetricNames.All.Count], Split = Splits.Test, Value = i / 7.0,
        }).ToList();
        var path = Path.Combine(_temp.Path, run.RunId + ".parquet");
        await RunFiles.WriteAsync(path, run, curves, new Dictionary<string, string>());
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[2091] ^= 0xFF;
        await File.WriteAllBytesAsync(path, bytes);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var check = await RunFiles.ReadAsync(path, "smoke", timeout: TimeSpan.FromSeconds(2));
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 10);
        Assert.NotNull(check.Problem);
        ReliabilityReport.Add("reader hang", check.Problem!);
    }
}
