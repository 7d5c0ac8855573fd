namespace FFRepro.Harness.Tracking;

/// <summary>Measured wall time of training one seed's network (its share of a seed batch) of a shape for some epochs.</summary>
/// <param name="Epochs">Epochs trained.</param>
/// <param name="Width">Units per layer.</param>
/// <param name="Depth">Depth of the network trained (the deepest, for nested runs).</param>
/// <param name="Seconds">Wall seconds per seed, evaluation included.</param>
public sealed record CostObservation(int Epochs, int Width, int Depth, double Seconds);
