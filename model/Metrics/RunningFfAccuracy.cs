namespace FFRepro.Model.Metrics;

/// <summary>
/// loeweX/Forward-Forward's layer accuracy, the number its training loop prints: each layer's binary FF accuracy on the
/// training batches themselves (positive samples and their freshly drawn negatives, scored by the forward pass that
/// trains on them, before the update), averaged over every batch since the previous evaluation point.
/// </summary>
/// <param name="Step">The evaluation point (optimizer steps done) that closes the averaging window.</param>
/// <param name="Layers">Per layer, in layer order: correct / scored samples over the window; NaN for a layer that
/// trained on no batch of the window (the greedy schedule trains one layer at a time).</param>
public sealed record RunningFfAccuracy(long Step, IReadOnlyList<double> Layers);
