using System.Globalization;
using ScottPlot;

namespace FFRepro.Harness.Report;

/// <summary>
/// A logarithmic axis of optimizer steps that still shows step 0 (before training): a step s &gt;= 1 is drawn at log10(s),
/// and step 0 half a decade left of the smallest positive step, with its own tick "0". Ticks: every decade labelled,
/// 2..9 x 10^k as minor ticks.
/// </summary>
internal sealed class StepAxis
{
    private readonly double _zero;
    private readonly double _lastDecade;

    /// <summary>An axis for steps up to <paramref name="maxStep"/> whose smallest positive step is <paramref name="minPositiveStep"/>.</summary>
    public StepAxis(double minPositiveStep, double maxStep)
    {
        var first = Math.Log10(Math.Max(1, minPositiveStep));
        _zero = first - 0.5;
        _lastDecade = Math.Ceiling(Math.Log10(Math.Max(10, maxStep)));
        Left = _zero - 0.15;
        Right = Math.Log10(Math.Max(1, maxStep)) + 0.05;
    }

    /// <summary>Left edge of the data area.</summary>
    public double Left { get; }

    /// <summary>Right edge of the data area.</summary>
    public double Right { get; }

    /// <summary>Where step <paramref name="step"/> is drawn.</summary>
    public double Position(double step) => step <= 0 ? _zero : Math.Log10(step);

    /// <summary>Applies the limits and ticks to the bottom axis of <paramref name="plot"/>.</summary>
    public void Apply(Plot plot)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        ticks.AddMajor(_zero, "0");
        for (var k = (int)Math.Floor(_zero + 0.5); k <= _lastDecade; k++)
        {
            var decade = Math.Pow(10, k);
            if (k >= Left) ticks.AddMajor(k, decade.ToString("#,0", CultureInfo.InvariantCulture));
            for (var m = 2; m <= 9; m++)
            {
                var x = Math.Log10(m * decade);
                if (x > Left && x < Right) ticks.AddMinor(x);
            }
        }
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.SetLimitsX(Left, Right);
    }
}
