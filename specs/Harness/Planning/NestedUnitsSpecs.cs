using FFRepro.Harness.Design;
using FFRepro.Harness.Planning;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FFRepro.Specs.Harness.Planning;

public sealed class NestedUnitsSpecs
{
    private static readonly FakeCatalog Nestable = new() { Nestable = true };

    [Property(Arbitrary = [typeof(HarnessArbitraries)], MaxTest = 80)]
    public Property Units_partition_the_batches_into_groups_that_differ_only_in_depth(GridSpec spec)
    {
        var plan = Planner.Expand(spec, Nestable);
        var inUnits = plan.Units.SelectMany(u => u.Batches).Select(b => b.Index).ToList();
        bool SameButDepth(TrainingUnit u) => u.Batches.All(b =>
            b.Runs.Select(r => r.Seed).SequenceEqual(u.Deepest.Runs.Select(r => r.Seed))
            && Other(b) == Other(u.Deepest));
        var depths = spec.Treatments.FirstOrDefault(a => a.Field == "depth")?.Values.Count ?? 1;
        return (inUnits.Order().SequenceEqual(plan.Batches.Select(b => b.Index))).Label("every batch in exactly one unit")
            .And(plan.Units.All(SameButDepth)).Label("a unit's batches share seeds and every value but depth")
            .And(plan.Units.All(u => u.Batches.Select(Depth).SequenceEqual(u.Batches.Select(Depth).Distinct().Order()))).Label("ascending distinct depths")
            .And(plan.Units.Count * depths == plan.Batches.Count).Label("one unit per depth group")
            .And(plan.Units.Select((u, i) => u.Index == i).All(x => x)).Label("indexed in order")
            .Classify(depths > 1, "several depths");

        static int Depth(RunBatch b) => b.Runs[0].Resolved.Depth;
        static string Other(RunBatch b) => string.Join(",", b.Cell.Values.Where(v => v.Key != "depth").Select(v => v.Key + "=" + v.Value.GetRawText()));
    }

    [Property(Arbitrary = [typeof(HarnessArbitraries)], MaxTest = 60)]
    public Property Shards_of_a_nested_plan_partition_it_in_whole_units(GridSpec spec, PositiveInt shards)
    {
        var n = shards.Get % 12 + 1;
        var plan = Planner.Expand(spec, Nestable);
        var parts = Enumerable.Range(1, n).Select(i => plan.ForShard(new Shard(i, n))).ToList();
        var runs = parts.SelectMany(p => p.Runs.Select(r => r.RunId)).ToList();
        return (runs.Count == plan.Count && runs.ToHashSet().SetEquals(plan.Runs.Select(r => r.RunId))).Label("disjoint and covering")
            .And(parts.All(p => p.Units.SelectMany(u => u.Batches).Select(b => b.Index).Order().SequenceEqual(p.Batches.Select(b => b.Index)))).Label("whole units");
    }

    [Fact]
    public void Without_nesting_every_batch_is_its_own_unit_in_plan_order()
    {
        var spec = Specs.Parse(Specs.Small);
        foreach (var plan in new[] { Planner.Expand(spec, Nestable, nest: false), Planner.Expand(spec with { Nested = false }, Nestable), Planner.Expand(spec, new FakeCatalog()) })
        {
            Assert.False(plan.Nested);
            Assert.Equal(plan.Batches.Select(b => b.Index), plan.Units.Select(u => Assert.Single(u.Batches).Index));
        }
    }

    [Fact]
    public void The_small_grid_nests_depths_one_and_two_of_each_width_and_seed_batch()
    {
        var plan = Planner.Expand(Specs.Parse(Specs.Small), Nestable);
        Assert.Equal(plan.Batches.Count / 2, plan.Units.Count);
        Assert.All(plan.Units, u => Assert.Equal([1, 2], u.Batches.Select(b => b.Runs[0].Resolved.Depth)));
        Assert.Equal("depth=1+2,width=8", plan.Units[0].Label);
    }

    [Fact]
    public void A_spec_that_demands_nesting_of_a_recipe_that_cannot_be_nested_is_refused_naming_the_field()
    {
        var spec = Specs.Parse(Specs.Small) with { Nested = true };
        var e = Assert.Throws<GridSpecException>(() => Planner.Expand(spec, new FakeCatalog()));
        Assert.StartsWith("nested:", e.Message);
        Assert.Contains("the fake recipe is not nestable", e.Message);
    }

    [Fact]
    public void The_paper_grid_trains_twelve_networks_of_depth_four_per_seed_batch_set()
    {
        var catalog = FFRepro.Harness.Binding.TorchModelCatalog.Instance;
        var plan = Planner.Expand(GridSpecLoader.Load(Path.Combine(AppContext.BaseDirectory, "grids", "paper.json"), catalog), catalog);
        Assert.Equal(4, plan.Units.Count);   // one per width, 30 seeds each
        Assert.All(plan.Units, u => Assert.Equal([2, 3, 4], u.Batches.Select(b => b.Runs[0].Resolved.Depth)));
        var pezeshki = Planner.Expand(GridSpecLoader.Parse("""
            {"name":"p","dataset":"mnist10k","recipe":"pezeshki","treatments":{"depth":[1,2]},"seeds":2}
            """, "p.json", catalog), catalog);
        Assert.False(pezeshki.Nested);   // greedy: each layer's epochs depend on the depth
        var demanded = Assert.Throws<GridSpecException>(() => Planner.Expand(GridSpecLoader.Parse("""
            {"name":"p","dataset":"mnist10k","recipe":"pezeshki","treatments":{"depth":[1,2]},"seeds":2,"nested":true}
            """, "p.json", catalog), catalog));
        Assert.Contains("greedy", demanded.Message);
    }
}
