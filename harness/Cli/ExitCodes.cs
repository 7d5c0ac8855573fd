namespace FFRepro.Harness.Cli;

/// <summary>The exit codes of <c>ffrepro</c>.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Ok = 0;
    /// <summary>Some runs failed (they are retried by the next <c>grid run</c>), or a merge left files out.</summary>
    public const int RunFailures = 1;
    /// <summary>An internal error: a fault of ffrepro itself, not of the input. One <c>error: internal error</c> line
    /// names the exception and the log file that holds its stack trace (<c>--verbose</c> also prints it). Shares the
    /// code with <see cref="RunFailures"/>: either way, not everything asked for was done.</summary>
    public const int InternalError = 1;
    /// <summary>Bad input (spec, options, data files, device) or a storage problem (results folder not writable,
    /// full disk, merged files missing or foreign). Nothing was written; what was stored before is intact.</summary>
    public const int BadInput = 2;
    /// <summary><c>grid run --stop-after</c> stopped starting batches with runs left; what finished is stored, run again to resume.</summary>
    public const int StoppedEarly = 3;
    /// <summary>Interrupted (Ctrl+C / SIGTERM); finished runs are stored.</summary>
    public const int Interrupted = 130;
}
