using FFRepro.Harness.Binding;
using FFRepro.Harness.Design;
using FFRepro.Harness.Planning;
using Xunit;

namespace FFRepro.Specs.Paper;

/// <summary>A shipped grid still plans the run ids of its committed result set, so <c>grid run</c> resumes it instead of
/// quarantining it (the evaluation schedule is part of a run's id; result sets made before it existed pin <c>epochs</c>).</summary>
public sealed class CommittedPlanSpecs
{
    [Theory]
    [MemberData(nameof(CommittedResultSets.Names), MemberType = typeof(CommittedResultSets))]
    public void The_shipped_grid_plans_the_run_ids_of_its_committed_result_set(string grid)
    {
        var stored = File.ReadAllLines(Path.Combine(RepoPaths.Results, grid, "plan.txt")).Where(l => l.Length > 0).ToArray();
        var spec = GridSpecLoader.Load(RepoPaths.Grid(grid), TorchModelCatalog.Instance);
        Assert.Equal(stored, Planner.Expand(spec, TorchModelCatalog.Instance).Runs.Select(r => r.RunId));
    }
}
