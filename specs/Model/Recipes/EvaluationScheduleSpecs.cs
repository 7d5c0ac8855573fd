using System.Text.Json;
using FFRepro.Model.Recipes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FFRepro.Specs.Model.Recipes;

public sealed class EvaluationScheduleSpecs
{
    private static long[] Points(string schedule, int stepsPerEpoch, int epochs, int evalEvery = 1) =>
        EvaluationSchedule.Parse(schedule).Points(stepsPerEpoch, epochs, evalEvery);

    [Property(Arbitrary = [typeof(ScheduleArbitraries)])]
    public Property Points_ascend_from_step_0_to_the_last_step_without_repeats(ScheduledRun run)
    {
        var points = Points(run.Schedule, run.StepsPerEpoch, run.Epochs, run.EvalEvery);
        var last = (long)run.Epochs * run.StepsPerEpoch;
        return (points[0] == 0).Label("first point is step 0")
            .And((points[^1] == last).Label("last point is the last step"))
            .And(points.Zip(points.Skip(1)).All(p => p.First < p.Second).Label("strictly ascending"))
            .Classify(points.Length > 50, "more than 50 points");
    }

    [Property(Arbitrary = [typeof(ScheduleArbitraries)])]
    public Property The_canonical_text_parses_to_the_same_points(ScheduledRun run)
    {
        var canonical = EvaluationSchedule.Parse(run.Schedule).ToString();
        return (Points(canonical, run.StepsPerEpoch, run.Epochs, run.EvalEvery)
                .SequenceEqual(Points(run.Schedule, run.StepsPerEpoch, run.Epochs, run.EvalEvery))).Label("same points")
            .And((EvaluationSchedule.Parse(canonical).ToString() == canonical).Label("canonical text is a fixed point"));
    }

    [Property(Arbitrary = [typeof(ScheduleArbitraries)])]
    public Property A_union_of_terms_has_the_points_of_each_term(ScheduledRun run)
    {
        var all = Points(run.Schedule, run.StepsPerEpoch, run.Epochs, run.EvalEvery).ToHashSet();
        return run.Schedule.Split(',').Select(t => t.Trim())
            .Select(t => Points(t, run.StepsPerEpoch, run.Epochs, run.EvalEvery).All(all.Contains).Label($"contains the points of '{t}'"))
            .Aggregate((a, b) => a.And(b));
    }

    [Fact]
    public void Epochs_is_every_eval_every_th_epoch_end_as_before_schedules()
    {
        Assert.Equal([0L, 80, 160, 240], Points("epochs", 80, 3));
        Assert.Equal([0L, 160, 320, 400], Points("epochs", 80, 5, evalEvery: 2));
    }

    [Fact]
    public void Epochs_n_spreads_at_most_n_epoch_ends_over_the_run()
    {
        Assert.Equal(Enumerable.Range(0, 11).Select(e => 80L * e), Points("epochs:20", 80, 10));
        Assert.Equal(Enumerable.Range(0, 21).Select(e => 500L * 5 * e), Points("epochs:20", 500, 100));
        Assert.Equal([0L, 3, 6, 7], Points("epochs:3", 1, 7));   // every ceil(7 / 3) = 3rd epoch, and the last
    }

    [Fact]
    public void Log_points_are_k_per_decade_rounded_and_counted_once()
    {
        Assert.Equal([0L, 1, 10, 100, 1000, 4000], Points("log:1@1000", 1000, 4));
        Assert.Equal([0L, 1, 2, 5, 10, 22, 46, 100], Points("log:3@100", 100, 1));
        Assert.Equal([0L, 1, 3, 10, 32, 50], Points("log:2@1000000", 50, 1));   // capped at the last step
    }

    [Fact]
    public void The_paper_default_evaluates_52_times_on_the_paper_design_and_every_epoch_of_the_ci_grid()
    {
        var schedule = RecipePresets.Paper.EvalSchedule;
        Assert.Equal(52, Points(schedule, 500, 100).Length);
        var ci = Points(schedule, 80, 10);
        Assert.True(Enumerable.Range(0, 11).All(e => ci.Contains(80L * e)), string.Join(",", ci));
    }

    [Theory]
    [InlineData("")]
    [InlineData("weekly")]
    [InlineData("epochs,epochs")]
    [InlineData("every_steps:0")]
    [InlineData("every_steps:x")]
    [InlineData("log:0@100")]
    [InlineData("log:1001@100")]
    [InlineData("log:10@0")]
    [InlineData("log:10")]
    [InlineData("epochs:0")]
    [InlineData("epochs;log:1@10")]
    public void A_malformed_schedule_is_rejected_naming_eval_schedule(string text)
    {
        Assert.False(EvaluationSchedule.TryParse(text, out _, out var error));
        Assert.NotEmpty(error);
        var e = Assert.Throws<RecipeException>(() => RecipeOverrides.Apply(RecipePresets.Paper,
            new Dictionary<string, JsonElement> { ["eval_schedule"] = JsonSerializer.SerializeToElement(text) }));
        Assert.Equal("eval_schedule", e.Field);
    }

    [Fact]
    public void A_recipe_evaluated_at_epoch_ends_has_the_canonical_json_it_had_before_schedules()
    {
        // Run ids hash the canonical JSON: runs recorded before eval_schedule existed keep their ids when a grid pins "epochs".
        var legacy = RecipePresets.Paper with { EvalSchedule = " epochs " };
        var json = RecipeJson.Canonical(legacy);
        Assert.DoesNotContain("eval_schedule", json);
        Assert.Equal(legacy with { EvalSchedule = "epochs" }, RecipeJson.Parse(json));
        Assert.Contains("\"eval_schedule\":\"log:10@2000,epochs:20\"", RecipeJson.Canonical(RecipePresets.Paper));
    }

    [Fact]
    public void Equivalent_schedule_texts_have_one_canonical_json() =>
        Assert.Equal(RecipeJson.Canonical(RecipePresets.Paper with { EvalSchedule = "epochs:20, log:10@2000" }),
            RecipeJson.Canonical(RecipePresets.Paper));
}
