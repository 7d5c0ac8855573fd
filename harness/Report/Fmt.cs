using System.Globalization;

namespace FFRepro.Harness.Report;

/// <summary>
/// Fixed, culture-invariant number formats of the report, so the same statistics give the same bytes on every machine.
/// </summary>
internal static class Fmt
{
    /// <summary>Written for a missing value (NaN, infinity, null).</summary>
    public const string Missing = "–";

    /// <summary>Three decimals (effects, correlations, CIs); "-0.000" is written as "0.000".</summary>
    public static string Effect(double v) => Fixed(v, 3);

    /// <summary>
    /// Three significant digits (p-values), switching to exponent notation below 1e-4. A p-value is never printed as 0:
    /// one that underflowed double precision prints as "&lt; 1e-300".
    /// </summary>
    public static string P(double v)
    {
        if (!double.IsFinite(v)) return Missing;
        if (v == 0) return "< 1e-300";
        return Math.Abs(v) < 1e-4
            ? v.ToString("0.00e+0", CultureInfo.InvariantCulture)
            : Round3(v).ToString("G3", CultureInfo.InvariantCulture);
    }

    /// <summary>A test statistic: three decimals.</summary>
    public static string Stat(double v) => Fixed(v, 3);

    /// <summary>A CI as "[low, high]", or the missing mark when either bound is missing.</summary>
    public static string Ci(double low, double high) =>
        double.IsFinite(low) && double.IsFinite(high) ? $"[{Effect(low)}, {Effect(high)}]" : Missing;

    /// <summary>A share as a whole percentage, e.g. <c>47%</c>; the missing mark for null.</summary>
    public static string Percent(double? v) =>
        v is { } x && double.IsFinite(x) ? Math.Round(100 * x, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%" : Missing;

    /// <summary>An integer in the invariant culture.</summary>
    public static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>A double as the shortest round-trip text (options such as tau).</summary>
    public static string Exact(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A cell label, e.g. <c>d2 w100 e10</c>; null parts are left out.</summary>
    public static string Cell(int? depth, int? width, int? epochs) =>
        string.Join(" ", new[] { depth is { } d ? $"d{Int(d)}" : null, width is { } w ? $"w{Int(w)}" : null, epochs is { } e ? $"e{Int(e)}" : null }
            .Where(s => s is not null));

    /// <summary>
    /// The runs a test covers, e.g. <c>d2,3 w100 e100</c> (a layer pair shared by depths 2 and 3) or <c>d3 e100</c> (H3):
    /// the depths, the width when there is one, the epochs when <paramref name="withEpochs"/>.
    /// </summary>
    public static string Group(Stats.Hypotheses.HypothesisRow r, bool withEpochs = true) =>
        string.Join(" ", new[] { $"d{r.Depths}", r.Width is { } w ? $"w{Int(w)}" : null, withEpochs && r.Epochs is { } e ? $"e{Int(e)}" : null }
            .Where(s => s is not null));

    private static string Fixed(double v, int decimals)
    {
        if (!double.IsFinite(v)) return Missing;
        var rounded = Math.Round(v, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0; // drops the sign of -0.0 so it never prints "-0.000"
        return rounded.ToString("F" + decimals, CultureInfo.InvariantCulture);
    }

    // G3 alone rounds half-to-even on the binary value; rounding first in decimal keeps 0.0125 -> 0.0125 stable across runtimes.
    private static double Round3(double v)
    {
        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(v)));
        var scale = Math.Pow(10, 2 - magnitude);
        return Math.Round(v * scale, MidpointRounding.AwayFromZero) / scale;
    }
}
