using FFRepro.Stats.Correlation;

namespace FFRepro.Stats.Suite;

/// <summary>Per variant, cell and layer: the mean correlation with its t interval.</summary>
internal static class WidthMeansStage
{
    public static List<WidthMeanRow> Run(IReadOnlyList<RunCurves> runs, ZIndex z, IReadOnlyList<CorrelationVariant> variants, StatsOptions o)
    {
        var rows = new List<WidthMeanRow>();
        var cells = runs.GroupBy(r => (r.Run.Depth, r.Run.Epochs, r.Run.Width)).OrderBy(g => g.Key).ToList();
        foreach (var v in variants)
            foreach (var cell in cells)
                for (var layer = 1; layer <= cell.Key.Depth; layer++)
                {
                    var all = cell.Select(r => z.Get(r.Run.RunId, layer, v)).ToArray();
                    var usable = all.Where(a => a.Reason is null).Select(a => a.Z).ToArray();
                    var mean = FisherZAggregate.MeanOfZ(usable, o.Confidence);
                    rows.Add(new WidthMeanRow
                    {
                        Variant = v.Name, Depth = cell.Key.Depth, Width = cell.Key.Width, Epochs = cell.Key.Epochs, Layer = layer,
                        N = usable.Length, Excluded = all.Length - usable.Length, MeanR = mean.Value, CiLow = mean.Low, CiHigh = mean.High,
                    });
                }

        return rows;
    }
}
