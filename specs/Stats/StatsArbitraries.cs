using FsCheck;
using FsCheck.Fluent;

namespace FFRepro.Specs.Stats;

/// <summary>The arbitraries of the statistics domain (attach with <c>[Property(Arbitrary = [typeof(StatsArbitraries)])]</c>).</summary>
public static class StatsArbitraries
{
    private static Gen<double> Value => Gen.Choose(-10_000, 10_000).Select(i => i / 100.0);

    private static bool NonConstant(double[] v) => v.Distinct().Count() > 1;

    /// <summary>Equal-length pairs (3..40 points) whose components are both non-constant.</summary>
    public static Arbitrary<SamplePair> SamplePairs() => Arb.From(
        from n in Gen.Choose(3, 40)
        from x in Gen.ArrayOf(Value, n).Where(NonConstant)
        from y in Gen.ArrayOf(Value, n).Where(NonConstant)
        select new SamplePair(x, y));

    /// <summary>Curves of 2..60 epochs, values in [0, 1] in steps of 0.001 (ties and plateaus are common).</summary>
    public static Arbitrary<AccuracyCurve> Curves() => Arb.From(
        from n in Gen.Choose(2, 60)
        from v in Gen.ArrayOf(Gen.Choose(0, 1000).Select(i => i / 1000.0), n)
        select new AccuracyCurve(v));

    /// <summary>0..30 p-values in [0, 1], with exact ties, 0 and 1 included.</summary>
    public static Arbitrary<PValueList> PValues() => Arb.From(
        from n in Gen.Choose(0, 30)
        from p in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0.0)), (1, Gen.Constant(1.0)), (8, Gen.Choose(0, 1000).Select(i => i / 1000.0))), n)
        select new PValueList(p));
}
