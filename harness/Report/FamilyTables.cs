using System.Text;
using FFRepro.Stats;
using FFRepro.Stats.Hypotheses;

namespace FFRepro.Harness.Report;

/// <summary>The table of one family's primary tests, with the columns that family's claim needs.</summary>
internal static class FamilyTables
{
    public static void Write(StringBuilder sb, string family, IReadOnlyList<HypothesisRow> rows, StatsTables tables, StatsOptions o)
    {
        switch (family)
        {
            case Families.H1Delay: Delay(sb, rows); break;
            case Families.H2Level: Level(sb, rows, o); break;
            case Families.H2Paired: Paired(sb, rows); break;
            case Families.H3Width: Width(sb, rows, tables); break;
            default: Generic(sb, rows); break;
        }
    }

    private static void Delay(StringBuilder sb, IReadOnlyList<HypothesisRow> rows)
    {
        sb.Append("Runs of different depths share seeds, and a seed fixes each layer's initialization, data order and negatives; ")
          .Append("layers train on detached inputs, so layers 1..L of a depth-L network are those of a deeper network with the ")
          .Append("same seed and width (common random numbers, which pair the depth cells). Where the curves of a layer pair are ")
          .Append("bit-identical across depths (checked in the data), the pair is one test, labelled with all its depths (e.g. `d2,3`), ")
          .Append("and counts once in Holm's family. Delays are counted in the unit of the effect column (optimizer steps; result sets ")
          .Append("without steps are read with step = epoch x steps per epoch). Lag / tie / lead: shares of runs whose deeper layer's ")
          .Append("onset comes later, at the same evaluation point (a delay below the schedule's resolution), earlier.\n\n");
        var table = new MarkdownTable("runs", "layers", "n", "excluded", "lag / tie / lead", $"effect: {Unit(rows)}", "CI", "test", "p", "p_holm", "verdict");
        foreach (var r in rows)
            table.Add(Fmt.Group(r), r.Layers, Fmt.Int(r.N), Fmt.Int(r.Excluded), Fractions(r), Fmt.Effect(r.Effect),
                Fmt.Ci(r.CiLow, r.CiHigh), r.Test, Fmt.P(r.P), Fmt.P(r.PHolm), r.Verdict);
        table.WriteTo(sb);
    }

    private static void Level(StringBuilder sb, IReadOnlyList<HypothesisRow> rows, StatsOptions o)
    {
        sb.Append($"Null: mean z = atanh({Fmt.Exact(o.StrongR)}), the claim's threshold on the scale the runs are averaged on. ")
          .Append("Runs whose r is +-1 (z infinite) are excluded and counted.\n\n");
        var table = new MarkdownTable("runs", "layers", "n", "excluded", $"effect: {Unit(rows)}", "CI", "test", "statistic", "p", "p_holm", "verdict");
        foreach (var r in rows)
            table.Add(Fmt.Group(r), r.Layers, Fmt.Int(r.N), Fmt.Int(r.Excluded), Fmt.Effect(r.Effect), Fmt.Ci(r.CiLow, r.CiHigh),
                r.Test, $"{r.StatisticName} = {Fmt.Stat(r.Statistic)}", Fmt.P(r.P), Fmt.P(r.PHolm), r.Verdict);
        table.WriteTo(sb);
    }

    private static void Paired(StringBuilder sb, IReadOnlyList<HypothesisRow> rows)
    {
        sb.Append("+ / 0 / -: shares of runs in which layer 1's z is above, equal to (within the tie tolerance), below the deepest layer's.\n\n");
        var table = new MarkdownTable("runs", "layers", "n", "excluded", "+ / 0 / -", $"effect: {Unit(rows)}", "CI", "test", "statistic", "p", "p_holm", "verdict");
        foreach (var r in rows)
            table.Add(Fmt.Group(r), r.Layers, Fmt.Int(r.N), Fmt.Int(r.Excluded), Fractions(r), Fmt.Effect(r.Effect), Fmt.Ci(r.CiLow, r.CiHigh),
                r.Test, $"{r.StatisticName} = {Fmt.Stat(r.Statistic)}", Fmt.P(r.P), Fmt.P(r.PHolm), r.Verdict);
        table.WriteTo(sb);
    }

    private static void Width(StringBuilder sb, IReadOnlyList<HypothesisRow> rows, StatsTables tables)
    {
        var means = tables.WidthMeans.Where(m => m.Variant == Variants.Primary).ToList();
        var widths = means.Select(m => m.Width).Distinct().Order().ToList();
        sb.Append("Beside each rank statistic, the mean r of every width (Fisher z, t interval; the intervals of `correlation_vs_width.png`), ")
          .Append("so a trend that is not monotone shows. A width some depth lacks is left out of every depth's test and named in the note.\n\n");
        var header = new List<string> { "runs", "layer", "widths tested", "n" };
        header.AddRange(widths.Select(w => $"mean r, w{Fmt.Int(w)}"));
        header.AddRange(["rho", "CI", "p", "p_holm", "verdict", "note"]);
        var table = new MarkdownTable([.. header]);
        foreach (var r in rows)
        {
            var cells = new List<string> { Fmt.Group(r), r.Layers, r.Widths.Replace(",", ", "), Fmt.Int(r.N) };
            cells.AddRange(widths.Select(w => means.FirstOrDefault(m => m.Depth == r.Depth && m.Epochs == r.Epochs
                && Fmt.Int(m.Layer) == r.Layers && m.Width == w) is { } m
                ? $"{Fmt.Effect(m.MeanR)} {Fmt.Ci(m.CiLow, m.CiHigh)}" : Fmt.Missing));
            cells.AddRange([Fmt.Effect(r.Effect), Fmt.Ci(r.CiLow, r.CiHigh), Fmt.P(r.P), Fmt.P(r.PHolm), r.Verdict, r.Note]);
            table.Add([.. cells]);
        }

        table.WriteTo(sb);
    }

    private static void Generic(StringBuilder sb, IReadOnlyList<HypothesisRow> rows)
    {
        var table = new MarkdownTable("runs", "layers", "n", "excluded", "effect", "unit", "CI", "test", "statistic", "p", "p_holm", "verdict");
        foreach (var r in rows)
            table.Add(Fmt.Group(r), r.Layers, Fmt.Int(r.N), Fmt.Int(r.Excluded), Fmt.Effect(r.Effect), r.EffectUnit, Fmt.Ci(r.CiLow, r.CiHigh),
                r.Test, $"{r.StatisticName} = {Fmt.Stat(r.Statistic)}", Fmt.P(r.P), Fmt.P(r.PHolm), r.Verdict);
        table.WriteTo(sb);
    }

    private static string Unit(IReadOnlyList<HypothesisRow> rows) => rows.Select(r => r.EffectUnit).Distinct().Count() == 1 ? rows[0].EffectUnit : "see rows";

    private static string Fractions(HypothesisRow r) =>
        $"{Fmt.Percent(r.PositiveFraction)} / {Fmt.Percent(r.ZeroFraction)} / {Fmt.Percent(r.NegativeFraction)}";
}
