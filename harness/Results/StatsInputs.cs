using FFRepro.Harness.Binding;
using FFRepro.Harness.Design;
using FFRepro.Harness.Planning;
using FFRepro.Stats.Coverage;
using FFRepro.Stats.Data;

namespace FFRepro.Harness.Results;

/// <summary>The merged tables in the shapes <c>FFRepro.Stats.StatsSuite.Compute</c> takes.</summary>
public static class StatsInputs
{
    /// <summary>Reads <c>runs.parquet</c> and <c>curves.parquet</c> of <paramref name="layout"/> as stats records.</summary>
    public static async Task<(IReadOnlyList<RunInfo> Runs, IReadOnlyList<CurvePoint> Curves)> ReadAsync(ResultsLayout layout)
    {
        var runs = await MergedResults.ReadRunsAsync(layout);
        var curves = await MergedResults.ReadCurvesAsync(layout);
        return (runs.Select(ToRunInfo).ToList(), curves.Select(ToCurvePoint).ToList());
    }

    /// <summary>
    /// The planned design of the grid as recorded by its <c>grid run</c> (<c>spec.json</c> beside the results): runs
    /// per (depth, width, epochs) cell. Null when the grid has no spec.json.
    /// </summary>
    /// <exception cref="GridSpecException">spec.json is not a valid grid spec.</exception>
    public static IReadOnlyList<PlannedCell>? PlannedCells(ResultsLayout layout)
    {
        if (!File.Exists(layout.SpecFile)) return null;
        var catalog = TorchModelCatalog.Instance;
        var plan = Planner.Expand(GridSpecLoader.Load(layout.SpecFile, catalog, checkData: false), catalog);
        return plan.Runs
            .GroupBy(r => (r.Resolved.Depth, r.Resolved.Width, r.Resolved.Epochs))
            .Select(g => new PlannedCell(g.Key.Depth, g.Key.Width, g.Key.Epochs, g.Count()))
            .ToList();
    }

    /// <summary>One run as the stats library sees it.</summary>
    public static RunInfo ToRunInfo(RunRecord r) => new(r.RunId, r.Depth, r.Width, r.Epochs, r.Seed, r.Status) { StepsPerEpoch = Math.Max(1, r.StepsPerEpoch) };

    /// <summary>One curve point as the stats library sees it.</summary>
    public static CurvePoint ToCurvePoint(CurveRecord c) =>
        new(c.RunId, c.Depth, c.Width, c.Epochs, c.Seed, c.Step, c.Layer, c.Metric, c.Split, c.Value);
}
