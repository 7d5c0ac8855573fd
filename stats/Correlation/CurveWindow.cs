namespace FFRepro.Stats.Correlation;

/// <summary>Which points of a run's curves a correlation is computed over.</summary>
public enum CurveWindow
{
    /// <summary>Every evaluation point, the one before training included.</summary>
    Whole,

    /// <summary>Every point but the first (the untrained network), whose jump to the first trained point dominates r.</summary>
    DropFirst,

    /// <summary>The rise: from the first point up to and including the first point at which the model curve has covered
    /// the rise fraction (default 0.9) of its rise max - a(0).</summary>
    Rise,

    /// <summary>The plateau: every point after the rise.</summary>
    Plateau,

    /// <summary>Only the points taken at the end of an epoch (all of them when the curves hold one point per epoch).</summary>
    EpochEnds,
}
