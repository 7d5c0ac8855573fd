namespace FFRepro.Model.Metrics;

/// <summary>How a run ended.</summary>
public enum RunStatus
{
    /// <summary>Trained for every epoch.</summary>
    Ok,

    /// <summary>A loss became NaN or infinite; metrics up to the last finite epoch are kept.</summary>
    Diverged,

    /// <summary>An exception stopped the run.</summary>
    Failed,
}
