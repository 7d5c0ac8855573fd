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
        var ids = new Option<bool>("--ids") { Description = "List every run: run id, batch, treatment, seed" };
        var command = new Command("plan", "Validate a grid spec, print the resolved spec and the size of the plan; trains nothing") { spec, shard, device, seedBatch, ids };
        command.SetAction((p, _) => CliGuard.RunAsync(() =>
        {
            var s = Shard.Parse(p.GetValue(shard)!);
            var plan = CliInputs.Plan(p.GetValue(spec)!, p.GetValue(device), checkData: false, p.GetValue(seedBatch));
            Console.WriteLine(GridSpecJson.Write(plan.Spec));
            var cells = Planner.Cells(plan.Spec).Count;
            var mine = plan.ForShard(s);
            Console.WriteLine($"{cells} cells x {plan.Spec.Seeds.Count} seeds = {plan.Count} runs in {plan.Batches.Count} batches; shard {s}: {mine.Count} runs");
            if (p.GetValue(ids))
                foreach (var b in mine.Batches)
                    foreach (var r in b.Runs)
                        Console.WriteLine($"{r.RunId}\t{b.Index}\t{r.Cell.Label}\t{r.Seed}");
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }
}
