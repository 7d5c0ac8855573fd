using FFRepro.Harness.Results;

namespace FFRepro.Harness.Tracking;

/// <summary>Measured wall time of training one seed's network (its share of a seed batch) of a shape for some epochs.</summary>
/// <param name="Epochs">Epochs trained.</param>
/// <param name="Width">Units per layer.</param>
/// <param name="Depth">Depth of the network trained (the deepest, for nested runs).</param>
/// <param name="Seconds">Wall seconds per seed, evaluation included.</param>
/// <param name="Machine">Where it was measured (<see cref="MachineOf"/>); times from one machine say nothing exact
/// about another.</param>
public sealed record CostObservation(int Epochs, int Width, int Depth, double Seconds, string Machine = CostObservation.UnknownMachine)
{
    /// <summary>The machine of a run whose file does not record its environment.</summary>
    public const string UnknownMachine = "an unrecorded machine";

    /// <summary>The device a run trained on, from its file's provenance: the GPU's name when it trained on one, else
    /// the CPU's model and torch's thread count.</summary>
    public static string MachineOf(IReadOnlyDictionary<string, string> metadata)
    {
        string? Get(string key) => metadata.TryGetValue(ResultSchema.EnvironmentPrefix + key, out var v) && v.Length > 0 ? v : null;
        if (Get("gpu") is { } gpu) return gpu;
        return Get("cpu") is { } cpu ? $"CPU {cpu}, {Get("threads") ?? "?"} threads" : UnknownMachine;
    }
}
