using System.Text;
using FFRepro.Stats;
using FFRepro.Stats.Hypotheses;

namespace FFRepro.Harness.Report;

/// <summary>Each correlation test under every measurement variant, with the robust verdict.</summary>
internal static class SensitivitySection
{
    public static void Write(StringBuilder sb, StatsTables tables, StatsOptions o)
    {
        sb.Append("## Sensitivity\n\n");
        sb.Append("The correlation tests under each way of measuring tracking: `primary` (Pearson over every point, the claim as ")
          .Append("stated: accuracy as training progresses), `drop_first` (without the untrained network's point), `detrended` ")
          .Append("(first differences), `rise` (from the start to the first point at which the model has covered ")
          .Append($"{Fmt.Exact(o.RiseFraction)} of its rise), `plateau` (the points after the rise), `epoch_ends` (epoch-end ")
          .Append("points only). Each cell: effect and verdict (Holm within the variant). Robust: the verdict all variants give; ")
          .Append("mixed when they disagree, i.e. the verdict depends on how tracking is measured.\n\n");
        if (EpochEndsIsPrimary(tables))
            sb.Append("Here every point is an epoch end, so `epoch_ends` repeats `primary`.\n\n");

        foreach (var family in HypothesisSections.FamiliesPresent(tables))
        {
            var rows = tables.Sensitivity.Where(s => s.Family == family).ToList();
            if (rows.Count == 0) continue;
            sb.Append($"### {family}\n\n");
            var header = new List<string> { "runs", "layers" };
            header.AddRange(Variants.Measurement);
            header.Add("robust");
            var table = new MarkdownTable([.. header]);
            foreach (var s in rows)
            {
                var tests = tables.Hypotheses.Where(h => h.Family == family && h.Depth == s.Depth && h.Width == s.Width
                    && h.Epochs == s.Epochs && h.Layers == s.Layers).ToList();
                var primary = tests.First(h => h.Variant == Variants.Primary);
                var cells = new List<string> { Fmt.Group(primary), s.Layers };
                cells.AddRange(Variants.Measurement.Select(v => tests.FirstOrDefault(h => h.Variant == v) is { } h
                    ? $"{Fmt.Effect(h.Effect)} {Short(h.Verdict)}" : Fmt.Missing));
                cells.Add(s.Robust);
                table.Add([.. cells]);
            }

            table.WriteTo(sb);
        }

        sb.Append("yes: supported, no: not supported, ?: inconclusive.\n\n");
    }

    private static string Short(string verdict) => verdict switch
    {
        Verdicts.Supported => "yes",
        Verdicts.NotSupported => "no",
        Verdicts.Inconclusive => "?",
        _ => verdict,
    };

    private static bool EpochEndsIsPrimary(StatsTables tables)
    {
        var byKey = tables.Hypotheses.Where(h => h.Variant == Variants.Primary)
            .ToDictionary(h => (h.Family, h.Depth, h.Width, h.Epochs, h.Layers));
        var ends = tables.Hypotheses.Where(h => h.Variant == Variants.EpochEnds).ToList();
        return ends.Count > 0 && ends.All(h => byKey.TryGetValue((h.Family, h.Depth, h.Width, h.Epochs, h.Layers), out var p)
            && p.N == h.N && p.Effect.Equals(h.Effect) && p.P.Equals(h.P));
    }
}
