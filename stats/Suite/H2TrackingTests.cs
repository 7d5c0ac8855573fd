using System.Globalization;
using FFRepro.Stats.Correlation;
using FFRepro.Stats.Hypotheses;
using FFRepro.Stats.Tests;

namespace FFRepro.Stats.Suite;

/// <summary>
/// H2: layer 1 tracks the model. Level: the seeds' mean r of layer 1 (on the Fisher-z scale, t interval), one-sided
/// t-test of mean z &gt; atanh(strong). Paired: one-sided Wilcoxon signed-rank test (Pratt's zeros) that layer 1's z
/// exceeds the deepest layer's, differences within the tie tolerance counted as zeros.
/// </summary>
internal static class H2TrackingTests
{
    public static IEnumerable<HypothesisRow> Build(
        IReadOnlyList<RunCurves> runs, ZIndex z, IReadOnlyList<CorrelationVariant> variants, StatsOptions o, ExclusionLog log)
    {
        var cells = runs.GroupBy(r => (r.Run.Depth, r.Run.Width, r.Run.Epochs)).OrderBy(g => g.Key).ToList();
        foreach (var v in variants)
            foreach (var cell in cells)
            {
                var (depth, width, epochs) = cell.Key;
                var scope = $"{v.Name} depth={depth} width={width} epochs={epochs}";
                var first = cell.Select(r => z.Get(r.Run.RunId, 1, v)).ToArray();
                LogReasons(log, scope + " layer=1", first.Select(f => f.Reason));
                var usable = first.Where(f => f.Reason is null).Select(f => f.Z).ToArray();
                yield return LevelRow(v.Name, depth, width, epochs, usable, first.Length - usable.Length, o);

                if (depth < 2) continue;
                var pairs = cell.Select(r => (A: z.Get(r.Run.RunId, 1, v), B: z.Get(r.Run.RunId, depth, v))).ToArray();
                LogReasons(log, scope + $" layers=1 vs {depth}", pairs.Select(p => p.A.Reason ?? p.B.Reason));
                var d = pairs.Where(p => p.A.Reason is null && p.B.Reason is null)
                    .Select(p => NearTies.Difference(p.A.Z, p.B.Z, o.TieTolerance)).ToArray();
                yield return PairedRow(v.Name, depth, width, epochs, d, pairs.Length - d.Length, o);
            }
    }

    private static void LogReasons(ExclusionLog log, string scope, IEnumerable<string?> reasons)
    {
        foreach (var g in reasons.Where(r => r is not null).GroupBy(r => r!)) log.Add("H2", scope, g.Key, g.Count());
    }

    private static HypothesisRow LevelRow(string variant, int depth, int width, int epochs, double[] zs, int excluded, StatsOptions o)
    {
        var mean = FisherZAggregate.MeanOfZ(zs, o.Confidence);
        var test = zs.Length >= o.MinRuns ? OneSampleT.Greater(zs, FisherZ.Transform(o.StrongR)) : (T: double.NaN, P: double.NaN);
        return new HypothesisRow
        {
            Hypothesis = "H2", Family = Families.H2Level, Variant = variant,
            Depth = depth, Width = width, Epochs = epochs, Layers = "1", Depths = Text.Int(depth), Widths = Text.Int(width),
            N = zs.Length, Excluded = excluded,
            Effect = mean.Value, EffectUnit = $"mean r via Fisher z (strong >= {o.StrongR.ToString(CultureInfo.InvariantCulture)})",
            CiLow = mean.Low, CiHigh = mean.High, PositiveFraction = null, ZeroFraction = null, NegativeFraction = null,
            Test = double.IsNaN(test.P) ? "t (not run)" : $"t, {Text.Int(zs.Length - 1)} df",
            StatisticName = "t", Statistic = test.T, P = test.P, PHolm = double.NaN, Verdict = "", Note = "",
        };
    }

    private static HypothesisRow PairedRow(string variant, int depth, int width, int epochs, double[] d, int excluded, StatsOptions o)
    {
        var ci = Bootstrap.MedianCi(d, o.BootstrapResamples, o.ResamplingSeed, o.Confidence, o.BootstrapMethod);
        var test = d.Length >= o.MinRuns ? WilcoxonSignedRank.Greater(d, WilcoxonZeros.Pratt, o.TieTolerance) : null;
        return new HypothesisRow
        {
            Hypothesis = "H2", Family = Families.H2Paired, Variant = variant,
            Depth = depth, Width = width, Epochs = epochs, Layers = $"1 vs {Text.Int(depth)}", Depths = Text.Int(depth), Widths = Text.Int(width),
            N = d.Length, Excluded = excluded,
            Effect = ci.Value, EffectUnit = "median z(layer 1) - z(deepest)", CiLow = ci.Low, CiHigh = ci.High,
            PositiveFraction = H1DelayTests.Share(d, x => x > 0), ZeroFraction = H1DelayTests.Share(d, x => x == 0),
            NegativeFraction = H1DelayTests.Share(d, x => x < 0),
            Test = test is null ? "Wilcoxon-Pratt (not run)" : test.Exact ? "Wilcoxon-Pratt, exact" : "Wilcoxon-Pratt, normal approximation",
            StatisticName = "W+", Statistic = test?.WPlus ?? double.NaN, P = test?.P ?? double.NaN,
            PHolm = double.NaN, Verdict = "", Note = "",
        };
    }


}
