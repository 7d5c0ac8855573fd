namespace FFRepro.Harness.Cli;

/// <summary>Entry point of the <c>ffrepro</c> command line: parse, call the library, set the exit code.</summary>
public static class CliApp
{
    /// <summary>Runs the CLI; returns 0 on success, 1 on run failures, 2 on bad input.</summary>
    public static int Run(string[] args)
    {
        // Temporary until the System.CommandLine front end lands: the one data command the build needs.
        if (args is ["data", "build-mnist10k", "--from", var from, "--out", var output])
            return DataBuildCommand.Run(from, output);
        if (args is ["bench", "--agreement", .. var agreementArgs])
        {
            var device = FFRepro.Model.Torch.TorchRuntime.ResolveDevice(agreementArgs.FirstOrDefault() ?? "auto");
            var (diff, n) = Bench.DeviceAgreement.Compare(device);
            Console.WriteLine(FormattableString.Invariant($"cpu vs {device.type}: max |difference| over {n} metric values = {diff:E2}"));
            return 0;
        }
        if (args is ["bench", .. var rest])
        {
            // Temporary flag parsing until the System.CommandLine front end lands.
            string Get(string name, string fallback) => rest.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
            var d = Bench.BenchOptions.Default;
            var options = d with
            {
                Workloads = Bench.BenchOptions.ParseWorkloads(Get("--workloads", "2x100,3x1000,4x2000")),
                Seeds = int.Parse(Get("--seeds", d.Seeds.ToString())),
                Batches = int.Parse(Get("--batches", d.Batches.ToString())),
                Measured = int.Parse(Get("--measured", d.Measured.ToString())),
                Modes = Get("--modes", "batched,single").Split(','),
                EvalImages = int.Parse(Get("--eval-images", d.EvalImages.ToString())),
            };
            return Bench.BenchCommand.Run(options, Get("--device", "auto"), rest.Contains("--json") ? Get("--json", "bench.json") : null);
        }
        Console.WriteLine("ffrepro");
        return 0;
    }
}
