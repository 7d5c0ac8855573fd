using System.CommandLine;
using System.Globalization;
using FFRepro.Model.Bench;
using FFRepro.Model.Torch;

namespace FFRepro.Harness.Cli;

/// <summary><c>ffrepro bench overhead</c>: host time of issuing one small tensor operation (<see cref="OpOverheadBenchmark"/>).</summary>
public static class BenchOverheadCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var ops = new Option<int>("--ops") { Description = "Operations per repetition", DefaultValueFactory = _ => 100_000 }.AtLeast(100);
        var measured = new Option<int>("--measured") { Description = "Measured repetitions after one warm-up", DefaultValueFactory = _ => 5 }.AtLeast(1);
        var device = new Option<string>("--device") { Description = "cpu, cuda or auto", DefaultValueFactory = _ => "auto" };
        var command = new Command("overhead", "Time issuing one small tensor operation as the trainer does (host cost per operation; on a GPU, the launch rate)")
        {
            ops, measured, device,
        };
        command.SetAction((p, _) => CliGuard.RunAsync(p.Error(), () =>
        {
            var target = TorchRuntime.ResolveDevice(p.GetValue(device)!);
            var us = OpOverheadBenchmark.MicrosecondsPerOp(target, p.GetValue(ops), p.GetValue(measured));
            p.Out().WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"op overhead on {target.type}: median {MathNet.Numerics.Statistics.Statistics.Median(us):0.00} us per operation (fastest {us.Min():0.00}; {p.GetValue(ops)} one-element adds, {us.Length} repetitions, {TorchRuntime.Settings.Threads} thread(s))"));
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }
}
