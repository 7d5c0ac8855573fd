using FFRepro.Stats.Correlation;
using FFRepro.Stats.Hypotheses;
using FFRepro.Stats.Tests;

namespace FFRepro.Stats.Suite;

/// <summary>
/// H2: layer 1 tracks the model. Level: mean r of layer 1 (Fisher z, t interval) against the strong threshold,
/// one-sided t-test of mean z &gt; E[z | rho = strong] (<see cref="FisherZ.ExpectedZ"/>). Paired: Wilcoxon that layer 1's z exceeds the deepest layer's.
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
                var usable = first.Where(double.IsFinite).ToArray();
                log.Add("H2", scope + " layer=1", "correlation_undefined_or_missing", first.Length - usable.Length);
                var points = cell.Select(r => z.Points(r.Run.RunId, 1, v)).Where(n => n > 0).DefaultIfEmpty(0).Min();
                yield return LevelRow(v.Name, depth, width, epochs, usable, first.Length - usable.Length, points, o);

                if (depth < 2) continue;
                var pairs = cell.Select(r => (A: z.Get(r.Run.RunId, 1, v), B: z.Get(r.Run.RunId, depth, v))).ToArray();
                var d = pairs.Where(p => double.IsFinite(p.A) && double.IsFinite(p.B)).Select(p => p.A - p.B).ToArray();
                log.Add("H2", scope + $" layers=1 vs {depth}", "correlation_undefined_or_missing", pairs.Length - d.Length);
                yield return H1DelayTests.Row(v.Name, depth, width, epochs, $"1 vs {depth}", d, pairs.Length - d.Length, o,
                    "H2", Families.H2Paired, "median z(layer 1) - z(deepest)");
            }
    }

    private static HypothesisRow LevelRow(string variant, int depth, int width, int epochs, double[] zs, int excluded, int points, StatsOptions o)
    {
        var mean = FisherZAggregate.MeanOfZ(zs, o.Confidence);
        var test = zs.Length >= o.MinRuns ? OneSampleT.Greater(zs, FisherZ.ExpectedZ(o.StrongR, points)) : (T: double.NaN, P: double.NaN);
        return new HypothesisRow
        {
            Hypothesis = "H2", Family = Families.H2Level, Variant = variant,
            Depth = depth, Width = width, Epochs = epochs, Layers = "1",
            N = zs.Length, Excluded = excluded,
            Effect = mean.Value, EffectUnit = $"mean r via Fisher z (strong >= {o.StrongR})",
            CiLow = mean.Low, CiHigh = mean.High, PositiveFraction = null,
            StatisticName = "t", Statistic = test.T, P = test.P, PHolm = double.NaN, Verdict = "",
        };
    }
}
