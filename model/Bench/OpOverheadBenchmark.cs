using System.Diagnostics;
using FFRepro.Model.Torch;
using static TorchSharp.torch;

namespace FFRepro.Model.Bench;

/// <summary>
/// Host cost of issuing one tensor operation the way the trainer does (a new result tensor registered in a dispose
/// scope, scopes of 100 operations like a training step): a one-element add, so the device's arithmetic is negligible
/// and on a GPU the figure is the launch rate. Small networks' steps cost about this times their operation count;
/// compare with the same loop in PyTorch (build/gpu/device-bench.sh) to separate TorchSharp's overhead from ours.
/// </summary>
public static class OpOverheadBenchmark
{
    /// <summary>Microseconds per operation for each of <paramref name="measured"/> repetitions of <paramref name="ops"/> operations.</summary>
    public static double[] MicrosecondsPerOp(Device device, int ops, int measured)
    {
        using var scope = NewDisposeScope();
        var a = ones(1, device: device);
        var b = ones(1, device: device);
        var times = new double[measured];
        for (var r = -1; r < measured; r++)
        {
            using (var host = a.cpu()) { }   // waits for the device
            var clock = Stopwatch.StartNew();
            for (var done = 0; done < ops; done += 100)
            {
                using var step = NewDisposeScope();
                for (var i = 0; i < 100; i++) a.Plus(b);
            }
            using (var host = a.Plus(b).cpu()) { }   // waits for every queued operation
            if (r >= 0) times[r] = clock.Elapsed.TotalMilliseconds * 1000 / ops;
        }
        return times;
    }
}
