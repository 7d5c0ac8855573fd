namespace FFRepro.Harness.Results;

/// <summary>Schema versions and key-value metadata keys of FFRepro's Parquet files.</summary>
public static class ResultSchema
{
    /// <summary>Per-run files: <see cref="CurveRecord"/> rows, the <see cref="RunRecord"/> under <see cref="RunKey"/>.</summary>
    public const string RunFile = "ffrepro-run/2";
    /// <summary>Merged <c>runs.parquet</c> (<see cref="RunRecord"/>).</summary>
    public const string Runs = "ffrepro-runs/2";
    /// <summary>Merged <c>curves.parquet</c> (<see cref="CurveRecord"/>).</summary>
    public const string Curves = "ffrepro-curves/2";

    /// <summary>Per-run files written before evaluation schedules: an int32 <c>epoch</c> column and no <c>step</c>,
    /// <c>samples_seen</c> or <c>steps_per_epoch</c>. Still read (see <c>Legacy.RunFileV1</c>); merged files of that
    /// version (<c>ffrepro-runs/1</c>, <c>ffrepro-curves/1</c>) are made again by <c>merge</c>.</summary>
    public const string RunFileV1 = "ffrepro-run/1";

    /// <summary>Key of the schema version.</summary>
    public const string SchemaKey = "ffrepro.schema";
    /// <summary>Key of the grid name.</summary>
    public const string GridKey = "ffrepro.grid";
    /// <summary>Key of the run id (per-run files).</summary>
    public const string RunIdKey = "ffrepro.run_id";
    /// <summary>Key of the run record (JSON) in per-run files.</summary>
    public const string RunKey = "ffrepro.run";
    /// <summary>Key of the row count, checked on read to catch truncation.</summary>
    public const string RowsKey = "ffrepro.rows";
    /// <summary>Key of the resolved grid spec (JSON).</summary>
    public const string SpecKey = "ffrepro.spec";
    /// <summary>Key naming the table the statistics files were computed from (<c>curves.parquet</c>).</summary>
    public const string StatsSourceKey = "ffrepro.stats.source";
    /// <summary>Key of the statistics files' input key (<c>Report.StatsKey</c>): what they were computed from; <c>report</c>
    /// reuses them only while it matches.</summary>
    public const string StatsKeyKey = "ffrepro.stats.key";

    /// <summary>Prefix of the provenance keys of the process that trained a run (<c>ffrepro.env.git_commit</c>, ...).</summary>
    public const string EnvironmentPrefix = "ffrepro.env.";
    /// <summary>Key naming the file a run was copied from by <c>grid run --reuse</c> (<c>grid/runs/id.parquet</c>); absent when trained here.</summary>
    public const string ReusedFromKey = "ffrepro.reused_from";

    /// <summary>Key of a run file's content checksum (<see cref="RunChecksum"/>); files written before it existed lack it.</summary>
    public const string ChecksumKey = "ffrepro.sha256";
    /// <summary>Key recording that a checksum was added to a legacy run file later (<c>ffrepro seal</c>): when and by which
    /// version; the checksum covers the values as they were at sealing.</summary>
    public const string SealedKey = "ffrepro.sealed";
    /// <summary>Key saying how a run was trained when not alone, e.g. <c>nested: depths 2,3,4 in one network of depth 4</c>;
    /// absent for a run trained in a network of its own depth.</summary>
    public const string TrainedKey = "ffrepro.trained";
}
