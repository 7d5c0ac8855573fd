using FsCheck;
using FsCheck.Fluent;

namespace FFRepro.Specs.Model.Recipes;

/// <summary>A schedule text with the run it is applied to.</summary>
public sealed record ScheduledRun(string Schedule, int StepsPerEpoch, int Epochs, int EvalEvery)
{
    public override string ToString() => $"'{Schedule}' over {Epochs} epochs of {StepsPerEpoch} steps (eval_every {EvalEvery})";
}

/// <summary>Arbitraries of evaluation schedules, attached with <c>[Property(Arbitrary = [typeof(ScheduleArbitraries)])]</c>.</summary>
public static class ScheduleArbitraries
{
    /// <summary>1..4 distinct terms in any order (with spaces sometimes), on runs of 1..40 epochs of 1..600 steps.</summary>
    public static Arbitrary<ScheduledRun> Runs() => Arb.From(
        from log in Gen.OneOf(Gen.Constant<string?>(null), from k in Gen.Choose(1, 30) from s in Gen.Choose(1, 5000) select (string?)$"log:{k}@{s}")
        from every in Gen.OneOf(Gen.Constant<string?>(null), Gen.Choose(1, 900).Select(n => (string?)$"every_steps:{n}"))
        from most in Gen.OneOf(Gen.Constant<string?>(null), Gen.Choose(1, 50).Select(n => (string?)$"epochs:{n}"))
        from plain in Gen.Elements<string?>(null, "epochs", " epochs ")
        let terms = new[] { log, every, most, plain }.OfType<string>().ToArray()
        where terms.Length > 0
        from order in Gen.Shuffle(terms)
        from spe in Gen.Choose(1, 600)
        from epochs in Gen.Choose(1, 40)
        from evalEvery in Gen.Choose(1, 5)
        select new ScheduledRun(string.Join(",", order), spe, epochs, evalEvery));
}
