namespace FFRepro.Stats.Data;

/// <summary>The vocabulary of <see cref="RunInfo.Status"/>.</summary>
public static class RunStatus
{
    /// <summary>The run finished; its curves enter the statistics.</summary>
    public const string Ok = "ok";

    /// <summary>The loss became non-finite; the run is excluded with a count.</summary>
    public const string Diverged = "diverged";

    /// <summary>The run crashed; the run is excluded with a count.</summary>
    public const string Failed = "failed";
}
