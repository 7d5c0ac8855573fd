using FFRepro.Stats.Hypotheses;

namespace FFRepro.Stats.Suite;

/// <summary>The robust verdict of every correlation test: the verdict all measurement variants agree on, else mixed.</summary>
internal static class SensitivityStage
{
    public static List<SensitivityRow> Run(IReadOnlyList<HypothesisRow> rows)
    {
        var result = new List<SensitivityRow>();
        var tests = rows.Where(r => Families.Correlation.Contains(r.Family) && Variants.Measurement.Contains(r.Variant))
            .GroupBy(r => (r.Family, r.Depth, r.Width, r.Epochs, r.Layers));
        foreach (var test in tests.Where(t => t.Any(r => r.Variant == Variants.Primary)))
        {
            var ordered = Variants.Measurement.Select(v => test.FirstOrDefault(r => r.Variant == v)).OfType<HypothesisRow>().ToList();
            int Count(string verdict) => ordered.Count(r => r.Verdict == verdict);
            var (supported, notSupported) = (Count(Verdicts.Supported), Count(Verdicts.NotSupported));
            result.Add(new SensitivityRow
            {
                Family = test.Key.Family, Depth = test.Key.Depth, Width = test.Key.Width, Epochs = test.Key.Epochs, Layers = test.Key.Layers,
                Variants = string.Join(",", ordered.Select(r => r.Variant)),
                VariantVerdicts = string.Join(",", ordered.Select(r => r.Verdict)),
                Supported = supported, NotSupported = notSupported, Inconclusive = Count(Verdicts.Inconclusive),
                Robust = supported == ordered.Count ? Verdicts.Supported : notSupported == ordered.Count ? Verdicts.NotSupported : Verdicts.Mixed,
            });
        }

        return result;
    }
}
