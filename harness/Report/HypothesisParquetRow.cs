using FFRepro.Stats.Hypotheses;

namespace FFRepro.Harness.Report;

/// <summary>
/// A mutable twin of <see cref="HypothesisRow"/> for reading: Parquet.Net's deserializer needs <c>new()</c>, which a
/// type with <c>required</c> members cannot satisfy. Property names and types match the written columns exactly.
/// </summary>
internal sealed class HypothesisParquetRow
{
    public string Hypothesis { get; set; } = "";
    public string Family { get; set; } = "";
    public string Variant { get; set; } = "";
    public int? Depth { get; set; }
    public int? Width { get; set; }
    public int? Epochs { get; set; }
    public string Layers { get; set; } = "";
    public string Depths { get; set; } = "";
    public string Widths { get; set; } = "";
    public int N { get; set; }
    public int Excluded { get; set; }
    public double Effect { get; set; }
    public string EffectUnit { get; set; } = "";
    public double CiLow { get; set; }
    public double CiHigh { get; set; }
    public double? PositiveFraction { get; set; }
    public double? ZeroFraction { get; set; }
    public double? NegativeFraction { get; set; }
    public string Test { get; set; } = "";
    public string StatisticName { get; set; } = "";
    public double Statistic { get; set; }
    public double P { get; set; }
    public double PHolm { get; set; }
    public string Verdict { get; set; } = "";
    public string Note { get; set; } = "";

    public HypothesisRow ToRow() => new()
    {
        Hypothesis = Hypothesis, Family = Family, Variant = Variant, Depth = Depth, Width = Width, Epochs = Epochs,
        Layers = Layers, Depths = Depths, Widths = Widths, N = N, Excluded = Excluded, Effect = Effect, EffectUnit = EffectUnit,
        CiLow = CiLow, CiHigh = CiHigh, PositiveFraction = PositiveFraction, ZeroFraction = ZeroFraction,
        NegativeFraction = NegativeFraction, Test = Test, StatisticName = StatisticName, Statistic = Statistic, P = P,
        PHolm = PHolm, Verdict = Verdict, Note = Note,
    };
}
