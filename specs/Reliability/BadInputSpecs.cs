using FFRepro.Specs.Harness;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Reliability;

/// <summary>
/// Malformed grid specs and command lines are rejected cleanly (see <see cref="Rejection"/>). Complements
/// <c>Harness/Cli/ExitCodeSpecs</c>, which checks only exit codes; cases here are new ones, and each also checks the
/// message, the absence of stack traces and that nothing was written.
/// </summary>
public sealed class BadInputSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Results => Path.Combine(_temp.Path, "results");

    private const string Ok = "\"dataset\":\"mnist10k\",\"recipe\":\"paper\",\"device\":\"cpu\"";

    public static TheoryData<string, string> BadSpecs => new()
    {
        { "", "malformed JSON" },
        { "   \n", "malformed JSON" },
        { "{", "malformed JSON" },
        { "{\"name\":\"x\" \"dataset\":\"mnist10k\"}", "malformed JSON" },
        { "[]", "must be a JSON object" },
        { "null", "must be a JSON object" },
        { "42", "must be a JSON object" },
        { "{" + Ok + "}", "name: is required" },
        { "{\"name\":\"x\",\"recipe\":\"paper\"}", "dataset: is required" },
        { "{\"name\":\"x\",\"dataset\":\"mnist10k\"}", "recipe: is required" },
        { "{\"name\":42," + Ok + "}", "name:" },
        { "{\"name\":\"\"," + Ok + "}", "name:" },
        { "{\"name\":\"Bad Name\"," + Ok + "}", "name: 'Bad Name'" },
        { "{\"name\":\"../escape\"," + Ok + "}", "name:" },
        { "{\"name\":\"x\",\"dataset\":\"MNIST\",\"recipe\":\"paper\"}", "dataset: 'MNIST'" },
        { "{\"name\":\"x\",\"dataset\":\"mnist10k\",\"recipe\":\"hinton\"}", "recipe: 'hinton'" },
        { "{\"name\":\"x\",\"colour\":\"red\"," + Ok + "}", "colour: unknown field" },
        { "{\"name\":\"x\",\"seeds\":\"many\"," + Ok + "}", "seeds:" },
        { "{\"name\":\"x\",\"seeds\":0," + Ok + "}", "seeds:" },
        { "{\"name\":\"x\",\"seeds\":[3,3]," + Ok + "}", "duplicate seed 3" },
        { "{\"name\":\"x\",\"seed_batch_size\":0," + Ok + "}", "seed_batch_size:" },
        { "{\"name\":\"x\",\"seed_batch_size\":\"all\"," + Ok + "}", "seed_batch_size:" },
        { "{\"name\":\"x\",\"dataset\":\"mnist10k\",\"recipe\":\"paper\",\"device\":\"tpu\"}", "device: 'tpu'" },
        { "{\"name\":\"x\",\"treatments\":{\"depth\":[]}," + Ok + "}", "treatments.depth: is empty" },
        { "{\"name\":\"x\",\"treatments\":{\"depth\":[2,3,2]}," + Ok + "}", "treatments.depth[2]: duplicate" },
        { "{\"name\":\"x\",\"treatments\":[1,2]," + Ok + "}", "treatments" },
        { "{\"name\":\"x\",\"treatments\":{\"width\":0}," + Ok + "}", "treatments.width" },
        { "{\"name\":\"x\",\"treatments\":{\"width\":[0]}," + Ok + "}", "width" },
        { "{\"name\":\"x\",\"overrides\":5," + Ok + "}", "overrides" },
        { "{\"name\":\"x\",\"overrides\":{\"epochs\":-1}," + Ok + "}", "epochs" },
        { "{\"name\":\"x\",\"overrides\":{\"lr\":true}," + Ok + "}", "lr" },
        { "{\"name\":\"x\",\"overrides\":{\"depth\":2},\"treatments\":{\"depth\":[1,2]}," + Ok + "}", "also set in overrides" },
        { "{\"name\":\"x\",\"nested\":\"yes\"," + Ok + "}", "nested: must be true or false" },
        { "{\"name\":\"x\",\"dataset\":\"mnist10k\",\"recipe\":\"pezeshki\",\"device\":\"cpu\",\"nested\":true,\"treatments\":{\"depth\":[1,2]}}", "greedy schedule" },
        { "{\"name\":\"x\",\"overrides\":{\"eval_schedule\":\"weekly\"}," + Ok + "}", "eval_schedule: 'weekly': unknown term" },
        { "{\"name\":\"x\",\"overrides\":{\"eval_schedule\":\"log:0@100\"}," + Ok + "}", "eval_schedule: 'log:0@100'" },
        { "{\"name\":\"x\",\"overrides\":{\"eval_schedule\":\"\"}," + Ok + "}", "eval_schedule" },
        { "{\"name\":\"x\",\"overrides\":{\"eval_schedule\":12}," + Ok + "}", "eval_schedule" },
        { "{\"name\":\"x\",\"treatments\":{\"eval_schedule\":[\"epochs\",\"every_steps:0\"]}," + Ok + "}", "eval_schedule: 'every_steps:0'" },
        // JSON problems in the spec's terms: line (from 1), field, the kind of value expected; no parser or .NET words.
        { "{\n  \"name\": \"x\",\n  " + Ok + ",\n}", "malformed JSON at line 4, column 1: a comma after the last entry of an object or list" },
        { "{\"name\":\"x\",\"treatments\":{\"depth\":[1,2,]}," + Ok + "}", "a comma after the last entry" },
        { "{\n\"name\":\"x\",\n" + Ok, "malformed JSON at line 3" },
        { "{\"name\":\"x\",\"overrides\":{\"epochs\":\"fast\"}," + Ok + "}", "epochs: value \"fast\" is not valid here; expected a whole number" },
        { "{\"name\":\"x\",\"overrides\":{\"epochs\":2.5}," + Ok + "}", "epochs: value 2.5 is not valid here; expected a whole number" },
        { "{\"name\":\"x\",\"treatments\":{\"lr\":[\"fast\"]}," + Ok + "}", "lr: value \"fast\" is not valid here; expected a number" },
        { "{\"name\":\"x\",\"overrides\":{\"threshold\":[1]}," + Ok + "}", "threshold: value [1] is not valid here; expected a number or null" },
        { "{\"name\":\"x\",\"overrides\":{\"classifier\":1}," + Ok + "}", "classifier: value 1 is not valid here; expected true or false" },
        { "{\"name\":\"x\",\"overrides\":{\"norm\":\"bogus\"}," + Ok + "}", "norm: value \"bogus\" is not valid here; expected one of" },
    };

    [Theory]
    [MemberData(nameof(BadSpecs))]
    public void A_malformed_spec_is_rejected_with_one_message_and_nothing_written(string json, string expected)
    {
        var spec = Path.Combine(_temp.Path, "spec.json");
        File.WriteAllText(spec, json);
        var outcome = CliConsole.Run("grid", "run", spec, "--results", Results, "--plain");
        ReliabilityReport.Add("bad input", "spec " + json);
        Rejection.AssertClean(outcome, expected, Results);
        foreach (var internals in new[] { "System.", "LineNumber", "BytePositionInLine", "reader options" })
            Assert.DoesNotContain(internals, outcome.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadInvocations => new()
    {
        { "grid run smoke --shard 3/2", "shard" },
        { "grid run smoke --shard abc", "shard" },
        { "grid run smoke --shard 1/0", "shard" },
        { "grid run smoke --shard -1/2", "shard" },
        { "grid run smoke --device gpu0", "gpu0" },
        { "grid run smoke extra-argument", "extra-argument" },
        { "grid run {root}/no/such/spec.json", "no such spec file" },
        { "grid run {root}", "no such spec file" },
        { "grid status smoke --shards 0", "shards" },
        { "grid status smoke --shards many", "many" },
        { "grid plan", "Required argument missing" },
        { "merge", "Required argument missing" },
        { "merge no-such-grid", "no results for grid" },
        { "grid run smoke --results", "--results" },
        { "grid frobnicate smoke", "frobnicate" },
        { "grid run smoke --plain --plain=maybe", "maybe" },
        { "grid run smoke --checkpoint-every 5", "--checkpoint-every" },
        { "grid run smoke --checkpoint-every -3m", "--checkpoint-every" },
        { "grid status smoke --times-from no-such-grid", "--times-from" },
        { "grid status smoke --time-scale 0", "--time-scale" },
        { "seal", "Required argument missing" },
        { "seal no-such-grid", "no results for grid" },
        // Every option of ffrepro bench and its subcommands, with values it must refuse before measuring anything.
        { "bench --workloads 3y1000", "--workloads" },
        { "bench --workloads 0x100", "--workloads" },
        { "bench --seeds 0", "--seeds" },
        { "bench --seeds many", "--seeds: 'many' is not a whole number." },
        { "grid status smoke --time-scale fast", "--time-scale: 'fast' is not a number." },
        { "bench --batches 0", "--batches" },
        { "bench --batches 100000", "--batches must be at most" },
        { "bench --eval-images 100000000", "--eval-images must be at most" },
        { "bench nesting --batches 100000", "--batches must be at most" },
        { "bench nesting --eval-images 100000000", "--eval-images must be at most" },
        { "bench checkpoint --images 100000000", "--images must be at most" },
        { "bench --measured 0", "--measured" },
        { "bench --measured -1", "--measured" },
        { "bench --modes batchd", "--modes" },
        { "bench --modes xyz,single", "--modes" },
        { "bench --modes ,", "--modes" },
        { "bench --eval-images -1", "--eval-images" },
        { "bench --schedule weekly", "--schedule" },
        { "bench --device tpu", "tpu" },
        { "bench --json {root}/no/such/folder/bench.json", "--json" },
        { "bench --agreement tpu", "tpu" },
        { "bench overhead --ops 5", "--ops" },
        { "bench overhead --measured 0", "--measured" },
        { "bench overhead --device tpu", "tpu" },
        { "bench nesting --widths 0", "--widths" },
        { "bench nesting --widths wide", "--widths" },
        { "bench nesting --depths 4,2", "--depths" },
        { "bench nesting --depths ,", "--depths" },
        { "bench nesting --seeds 0", "--seeds" },
        { "bench nesting --batches 0", "--batches" },
        { "bench nesting --eval-images -1", "--eval-images" },
        { "bench nesting --measured 0", "--measured" },
        { "bench nesting --device tpu", "tpu" },
        { "bench nesting --json {root}/no/such/folder/nesting.json", "--json" },
        { "bench checkpoint --workloads 3x", "--workloads" },
        { "bench checkpoint --seeds 0", "--seeds" },
        { "bench checkpoint --images 0", "--images" },
        { "bench checkpoint --measured 0", "--measured" },
        { "bench checkpoint --folder /dev/null/ckpt --seeds 1 --images 100 --measured 1 --workloads 1x10 --device cpu", "--folder" },
        { "bench checkpoint --device tpu", "tpu" },
        { "bench checkpoint --json {root}/no/such/folder/ckpt.json", "--json" },
        { "bench merge --runs 0", "--runs" },
        { "bench merge --epochs -1", "--epochs" },
        { "bench merge --layers 0", "--layers" },
        { "bench merge --folder /dev/null/merge --runs 1 --epochs 1", "--folder" },
        { "data build-mnist10k --from {root}/no/such/digits --out {root}/mnist10k", "--from" },
    };

    [Theory]
    [MemberData(nameof(BadInvocations))]
    public void A_malformed_command_line_is_rejected_with_one_message_and_nothing_written(string line, string expected)
    {
        var args = line.Replace("{root}", _temp.Path, StringComparison.Ordinal).Split(' ').ToList();
        var takesResults = args[0] is "merge" or "seal" || args.Count > 1 && args[1] is "run" or "status";
        if (takesResults && !args.Contains("--results")) args.AddRange(["--results", Results]);
        var outcome = CliConsole.Run([.. args]);
        ReliabilityReport.Add("bad input", "ffrepro " + line);
        Rejection.AssertClean(outcome, expected, Results);
        Assert.DoesNotContain("System.", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Merging_a_grid_whose_runs_folder_is_empty_is_refused_and_leaves_what_is_stored()
    {
        var grid = Path.Combine(Results, "empty");
        Directory.CreateDirectory(Path.Combine(grid, "runs"));
        var earlier = Path.Combine(grid, "runs.parquet");
        File.WriteAllText(earlier, "an earlier merge");
        var before = Directory.GetFileSystemEntries(grid, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var outcome = CliConsole.Run("merge", "empty", "--results", Results);
        ReliabilityReport.Add("bad input", "ffrepro merge <grid with an empty runs folder>");
        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith("error: grid 'empty' has no runs to merge", line, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(grid, "runs"), line, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFileSystemEntries(grid, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        Assert.Equal("an earlier merge", File.ReadAllText(earlier));
        Assert.Empty(outcome.Out);
    }
}
