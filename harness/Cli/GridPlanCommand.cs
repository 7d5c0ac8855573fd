using System.CommandLine;
using FFRepro.Harness.Design;
using FFRepro.Harness.Planning;

namespace FFRepro.Harness.Cli;

/// <summary><c>ffrepro grid plan &lt;spec&gt; [--shard i/n] [--ids]</c>: validate, echo the resolved spec, list the plan.</summary>
public static class GridPlanCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var spec = CliOptions.Spec();
        var shard = CliOptions.Shard();
        var device = CliOptions.Device();
        var seedBatch = CliOptions.SeedBatch();
        var noNested = CliOptions.NoNested();
        var ids = new Option<bool>("--ids") { Description = "List every run: run id, batch, treatment, seed, training unit" };
        var command = new Command("plan", "Validate a grid spec, print the resolved spec and the size of the plan; trains nothing") { spec, shard, device, seedBatch, noNested, ids };
        command.SetAction((p, _) => CliGuard.RunAsync(p.Error(), () =>
        {
            var s = Shard.Parse(p.GetValue(shard)!);
            var plan = CliInputs.Plan(p.GetValue(spec)!, p.GetValue(device), checkData: false, p.GetValue(seedBatch), p.GetValue(noNested));
            p.Out().WriteLine(GridSpecJson.Write(plan.Spec));
            var cells = Planner.Cells(plan.Spec).Count;
            var mine = plan.ForShard(s);
            p.Out().WriteLine($"{cells} cells x {plan.Spec.Seeds.Count} seeds = {plan.Count} runs in {plan.Batches.Count} batches, trained as {plan.Units.Count} units; shard {s}: {mine.Count} runs in {mine.Units.Count} units");
            if (plan.Nested)
            {
                // Layer-epochs per seed: what nesting saves (4 layer stacks instead of 2 + 3 + 4 for depths {2, 3, 4}).
                double LayerEpochs(IEnumerable<RunBatch> batches) => batches.Sum(b => (double)b.Runs[0].Resolved.Depth * b.Runs[0].Resolved.Epochs * b.Runs.Count);
                var separate = LayerEpochs(plan.Batches);
                var nestedWork = LayerEpochs(plan.Units.Select(u => u.Deepest));
                p.Out().WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"nested: {plan.Units.Count(u => u.Nested)} units train several depths in one network; layer-epochs {nestedWork:0} instead of {separate:0} ({separate / nestedWork:0.00}x fewer)"));
            }
            if (p.GetValue(ids))
                foreach (var u in mine.Units)
                    foreach (var b in u.Batches)
                        foreach (var r in b.Runs)
                            p.Out().WriteLine($"{r.RunId}\t{b.Index}\t{r.Cell.Label}\t{r.Seed}\t{u.Index}");
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }
}
