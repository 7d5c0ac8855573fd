using FFRepro.Harness.Provenance;
using FFRepro.Harness.Results;
using TorchSharp;

namespace FFRepro.Harness.Bench;

/// <summary>The environment a bench ran on, as it is printed and stored with its rows.</summary>
public static class BenchEnvironment
{
    /// <summary>The provenance of this process on <paramref name="device"/> (the <c>ffrepro.env.*</c> keys without
    /// their prefix), plus <c>device</c> (cpu, or cuda with the GPU's name) and <c>started_utc</c>.</summary>
    public static Dictionary<string, string> Collect(torch.Device device)
    {
        var environment = EnvironmentCollector.Collect(TorchFacts.Of(device)).ToMetadata()
            .ToDictionary(kv => kv.Key[ResultSchema.EnvironmentPrefix.Length..], kv => kv.Value);
        environment["device"] = device.type == DeviceType.CUDA ? $"cuda ({environment["gpu"]})" : "cpu";
        environment["started_utc"] = DateTime.UtcNow.ToString("O");
        return environment;
    }
}
