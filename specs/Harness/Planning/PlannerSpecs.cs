using FFRepro.Harness.Binding;
using FFRepro.Harness.Design;
using FFRepro.Harness.Planning;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Snapshooter.Xunit;
using Xunit;

namespace FFRepro.Specs.Harness.Planning;

public sealed class PlannerSpecs
{
    [Property(Arbitrary = [typeof(HarnessArbitraries)], MaxTest = 60)]
    public Property Grid_size_is_the_product_of_axis_sizes(GridSpec spec)
    {
        var plan = Planner.Expand(spec, new FakeCatalog());
        var product = spec.Treatments.Aggregate(1, (n, a) => n * a.Values.Count);
        return (plan.Count == product * spec.Seeds.Count).Label("runs = product x seeds")
            .And(Planner.Cells(spec).Count == product).Label("cells = product")
            .Classify(spec.Treatments.Count == 0, "no treatments");
    }

    [Property(Arbitrary = [typeof(HarnessArbitraries)], MaxTest = 60)]
    public bool Run_ids_are_unique(GridSpec spec)
    {
        var ids = Planner.Expand(spec, new FakeCatalog()).Runs.Select(r => r.RunId).ToList();
        return ids.Distinct().Count() == ids.Count;
    }

    [Fact]
    public void Expansion_is_deterministic_and_the_first_axis_varies_slowest()
    {
        var spec = Specs.Parse(Specs.Small);
        var a = Planner.Expand(spec, new FakeCatalog()).Runs.Select(r => (r.RunId, r.Cell.Label, r.Seed)).ToList();
        var b = Planner.Expand(spec, new FakeCatalog()).Runs.Select(r => (r.RunId, r.Cell.Label, r.Seed)).ToList();
        Assert.Equal(a, b);
        Assert.Equal("depth=1,width=8", a[0].Label);
        Assert.Equal("depth=1,width=16", a[8].Label);
        Assert.Equal("depth=2,width=8", a[24].Label);
    }

    [Fact]
    public void A_run_id_does_not_depend_on_the_grid_it_appears_in()
    {
        var big = Planner.Expand(Specs.Parse(Specs.Small), new FakeCatalog());
        var one = Planner.Expand(Specs.Parse("""
            {"name":"other","dataset":"mnist10k","recipe":"paper","device":"cuda",
             "overrides":{"lr":0.01,"width":16},"treatments":{"depth":[2]},"seeds":[5]}
            """), new FakeCatalog());
        var run = Assert.Single(one.Runs);
        Assert.Contains(big.Runs, r => r.RunId == run.RunId && r.Seed == 5 && r.Cell.Label == "depth=2,width=16");
    }

    [Fact]
    public void Paper_grid_run_ids_are_stable()
    {
        var spec = GridSpecLoader.Load(Path.Combine(AppContext.BaseDirectory, "grids", "paper.json"), TorchModelCatalog.Instance);
        var plan = Planner.Expand(spec, TorchModelCatalog.Instance);
        Assert.Equal(360, plan.Count);
        Snapshot.Match(plan.Runs.Select(r => $"{r.RunId} {r.Cell.Label} seed={r.Seed}").ToList());
    }
}
