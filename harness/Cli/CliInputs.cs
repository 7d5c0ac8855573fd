using FFRepro.Harness.Binding;
using FFRepro.Harness.Design;
using FFRepro.Harness.Planning;
using FFRepro.Harness.Results;
using FFRepro.Harness.Running;

namespace FFRepro.Harness.Cli;

/// <summary>Turns command-line values into validated library inputs.</summary>
public static class CliInputs
{
    /// <summary>Environment variable naming the default results folder.</summary>
    public const string ResultsVariable = "FFREPRO_RESULTS";

    /// <summary>The results folder: the option, else <c>FFREPRO_RESULTS</c>, else <c>results</c>.</summary>
    public static string ResultsRoot(string? option) =>
        option ?? (Environment.GetEnvironmentVariable(ResultsVariable) is { Length: > 0 } env ? env : "results");

    /// <summary>A spec path, or the name of a shipped grid (<c>paper</c> -> <c>grids/paper.json</c> beside the program).</summary>
    public static string SpecPath(string spec)
    {
        if (File.Exists(spec)) return spec;
        foreach (var folder in new[] { Path.Combine(AppContext.BaseDirectory, "grids"), Path.Combine("harness", "grids") })
        {
            var candidate = Path.Combine(folder, spec.EndsWith(".json", StringComparison.Ordinal) ? spec : spec + ".json");
            if (File.Exists(candidate)) return candidate;
        }
        throw new GridSpecException(spec, ["no such spec file, and no shipped grid of that name (see harness/grids/)"]);
    }

    /// <summary>Loads, validates and expands a spec; <paramref name="device"/> overrides the spec's device, and
    /// <paramref name="noNested"/> (<c>--no-nested</c>) turns nesting off.</summary>
    public static RunPlan Plan(string spec, string? device, bool checkData, int? seedBatch = null, bool noNested = false)
    {
        var catalog = TorchModelCatalog.Instance;
        var loaded = GridSpecLoader.Load(SpecPath(spec), catalog, checkData);
        if (device is not null)
        {
            if (!GridSpecLoader.Devices.Contains(device)) throw new GridSpecException("--device", [$"'{device}' is unknown; use cpu, cuda or auto"]);
            loaded = loaded.WithDevice(device);
        }
        if (seedBatch is { } size)
        {
            if (size < 1) throw new GridSpecException("--seed-batch", [$"must be an integer >= 1 (got {size})"]);
            loaded = loaded.WithSeedBatchSize(size);
        }
        return Planner.Expand(loaded, catalog, nest: !noNested);
    }

    /// <summary>The plan and results of grid <paramref name="name"/> beside <paramref name="target"/>, as recorded by its
    /// own <c>grid run</c> (its spec.json), for <c>--reuse</c>.</summary>
    public static ReuseSource ReuseSource(ResultsLayout target, string name)
    {
        if (name == target.Grid) throw new BadInputException($"--reuse: '{name}' is the grid being run");
        var layout = new ResultsLayout(target.Root, name);
        if (!File.Exists(layout.SpecFile))
            throw new BadInputException($"--reuse: no results of grid '{name}' in {Path.GetFullPath(target.Root)} (missing {Path.GetFullPath(layout.SpecFile)})");
        var catalog = TorchModelCatalog.Instance;
        return new ReuseSource(Planner.Expand(GridSpecLoader.Load(layout.SpecFile, catalog, checkData: false), catalog), layout);
    }

    /// <summary>Throws <see cref="BadInputException"/> unless the grid's runs folder exists (what merge and seal work on).</summary>
    public static void RequireRuns(ResultsLayout layout)
    {
        if (!Directory.Exists(layout.RunsFolder))
            throw new BadInputException($"no results for grid '{layout.Grid}': {Path.GetFullPath(layout.RunsFolder)} does not exist");
    }

    /// <summary>Throws <see cref="BadInputException"/> unless a file can be created in the grid's results folder.</summary>
    public static void EnsureWritable(ResultsLayout layout)
    {
        try
        {
            Directory.CreateDirectory(layout.GridFolder);
            var probe = AtomicFile.TempPath(Path.Combine(layout.GridFolder, "write-probe"));
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"results folder {Path.GetFullPath(layout.GridFolder)} is not writable: {e.Message}");
        }
    }
}
