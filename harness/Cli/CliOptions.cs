using System.CommandLine;

namespace FFRepro.Harness.Cli;

/// <summary>Options and arguments shared by several commands.</summary>
public static class CliOptions
{
    /// <summary>The grid spec: a JSON file, or the name of a shipped grid.</summary>
    public static Argument<string> Spec() => new("spec") { Description = "Grid spec JSON file, or a shipped grid name (paper, paper-epochs, paper-mnist10k, paper-epochs-mnist10k, ci, smoke)" };

    /// <summary><c>--results</c>.</summary>
    public static Option<string?> Results() => new("--results") { Description = "Results folder (default: $FFREPRO_RESULTS, else ./results)" };

    /// <summary><c>--shard i/n</c>.</summary>
    public static Option<string> Shard() =>
        new Option<string>("--shard") { Description = "Run or show shard i of n (1-based), e.g. 2/8", DefaultValueFactory = _ => "1/1" }.Parsed(Planning.Shard.Parse);

    /// <summary><c>--device</c>.</summary>
    public static Option<string?> Device() => new("--device") { Description = "cpu, cuda or auto; overrides the spec's device" };

    /// <summary><c>--seed-batch</c>.</summary>
    public static Option<int?> SeedBatch() => new("--seed-batch")
    {
        Description = "Seeds of one cell trained together in one batched model; overrides the spec's seed_batch_size (default: the spec's, else all seeds). Results are bit-identical only for the same batch size",
    };

    /// <summary><c>--stop-after</c>.</summary>
    public static Option<double?> StopAfter() => new("--stop-after")
    {
        Description = "Start no new seed batch after this many seconds (the batch in progress finishes); exit 3 when runs are left. For jobs with a wall-clock limit",
    };

    /// <summary><c>--reuse</c>.</summary>
    public static Option<string[]> Reuse() => new("--reuse")
    {
        Description = "Copy runs this grid needs from these grids' results (same folder) when they are the same computation: same run id, device kind and seed batch",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary><c>--no-nested</c>.</summary>
    public static Option<bool> NoNested() => new("--no-nested")
    {
        Description = "Train every depth in its own network instead of cells that differ only in depth as one network of the deepest depth (the same runs bit for bit; nesting trains fewer layers)",
    };

    /// <summary><c>--checkpoint-every</c>.</summary>
    public static Option<string> CheckpointEvery() => new Option<string>("--checkpoint-every")
    {
        Description = "Checkpoint a training batch after every epoch (epoch), at most every N minutes (e.g. 10m), or never (off); a killed grid resumes a batch from its last checkpoint",
        DefaultValueFactory = _ => "epoch",
    }.Parsed(Checkpoints.CheckpointPolicy.Parse);

    /// <summary><c>--plain</c>.</summary>
    public static Option<bool> Plain() => new("--plain") { Description = "One line per run instead of a live progress bar (automatic when output is not a terminal)" };
}
