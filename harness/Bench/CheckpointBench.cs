using System.Diagnostics;
using System.Globalization;
using FFRepro.Harness.Results;
using FFRepro.Model.Bench;
using FFRepro.Model.Recipes;
using TorchSharp;

namespace FFRepro.Harness.Bench;

/// <summary><c>ffrepro bench checkpoint</c>: time and disk of one checkpoint of a seed batch, written as <c>grid run</c> writes them.</summary>
public static class CheckpointBench
{
    /// <summary>Measures each shape; the files go to <paramref name="folder"/> and are deleted after.</summary>
    public static IReadOnlyList<CheckpointRow> Run(IReadOnlyList<(int Depth, int Width)> shapes, int seeds, int trainImages, int measured,
        torch.Device device, string folder, Action<CheckpointRow>? log = null)
    {
        Directory.CreateDirectory(folder);
        var rows = new List<CheckpointRow>();
        foreach (var (depth, width) in shapes)
        {
            using var workload = new CheckpointWorkload(RecipePresets.Paper with { Depth = depth, Width = width, Epochs = 100 }, seeds, trainImages, 50, device);
            var path = Path.Combine(folder, $"bench-{depth}x{width}.ckpt");
            var writes = new double[measured];
            var reads = new double[measured];
            for (var i = -1; i < measured; i++)
            {
                var clock = Stopwatch.StartNew();
                AtomicFile.Write(path, workload.Write, durable: false);   // as CheckpointStore writes them
                var w = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                using (var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20)) workload.Read(input);
                var r = clock.Elapsed.TotalMilliseconds;
                if (i >= 0) (writes[i], reads[i]) = (w, r);
            }
            var row = new CheckpointRow($"{depth}x{width}", seeds, new FileInfo(path).Length, Median(writes), Median(reads), writes, reads);
            File.Delete(path);
            rows.Add(row);
            log?.Invoke(row);
        }
        return rows;
    }

    /// <summary>The row as one line: shape, seeds, MiB, write and read medians.</summary>
    public static string Format(CheckpointRow r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Shape,-9} {r.Seeds,5} {r.Bytes / 1048576.0,10:F1} MiB {r.WriteMs,10:F0} ms write {r.ReadMs,10:F0} ms read  (writes {string.Join(" ", r.AllWriteMs.Select(x => x.ToString("F0", CultureInfo.InvariantCulture)))})");

    private static double Median(double[] xs) => MathNet.Numerics.Statistics.Statistics.Median(xs);
}
