namespace FFRepro.Harness.Results;

/// <summary>Where a grid's results live: <c>&lt;root&gt;/&lt;grid&gt;/runs/&lt;run_id&gt;.parquet</c>, the merged files, the echoed spec.</summary>
/// <param name="Root">The results folder (default <c>results</c>).</param>
/// <param name="Grid">Grid name.</param>
public sealed record ResultsLayout(string Root, string Grid)
{
    /// <summary>The grid's folder.</summary>
    public string GridFolder => Path.Combine(Root, Grid);
    /// <summary>Per-run files.</summary>
    public string RunsFolder => Path.Combine(GridFolder, "runs");
    /// <summary>Files found bad and moved aside so globs over <see cref="RunsFolder"/> stay readable.</summary>
    public string QuarantineFolder => Path.Combine(GridFolder, "quarantine");
    /// <summary>Merged curves.</summary>
    public string CurvesFile => Path.Combine(GridFolder, "curves.parquet");
    /// <summary>Merged runs.</summary>
    public string RunsFile => Path.Combine(GridFolder, "runs.parquet");
    /// <summary>The resolved spec, echoed.</summary>
    public string SpecFile => Path.Combine(GridFolder, "spec.json");
    /// <summary>The planned run ids, one per line, in plan order.</summary>
    public string PlanFile => Path.Combine(GridFolder, "plan.txt");
    /// <summary>Checkpoints of training units in progress (removed when their runs are written).</summary>
    public string CheckpointsFolder => Path.Combine(GridFolder, "checkpoints");
    /// <summary>The checkpoint of the training unit with key <paramref name="key"/>.</summary>
    public string CheckpointFile(string key) => Path.Combine(CheckpointsFolder, key + ".ckpt");
    /// <summary>The file of run <paramref name="runId"/>.</summary>
    public string RunFile(string runId) => Path.Combine(RunsFolder, runId + ".parquet");
}
