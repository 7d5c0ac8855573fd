using FFRepro.Stats.Correlation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FFRepro.Specs.Stats;

public sealed class CurveWindowsSpecs
{
    // Model 0.1, 0.5, 0.82, 0.9, 0.92, 0.93 (of 100): rise 0.83, 90% of it reached at 0.847 -> first at point 3 (0.9).
    private static readonly double[] Model = [0.1, 0.5, 0.82, 0.9, 0.92, 0.93];

    [Fact]
    public void The_rise_ends_at_the_first_point_covering_the_fraction_of_the_model_rise() =>
        Assert.Equal(3, CurveWindows.RiseEnd(Model, 0.9));

    [Fact]
    public void Windows_select_their_points()
    {
        static int[] Pick(CurveWindow w) => CurveWindows.Select(w, 6, 3, i => i % 2 == 0);
        Assert.Equal([0, 1, 2, 3, 4, 5], Pick(CurveWindow.Whole));
        Assert.Equal([1, 2, 3, 4, 5], Pick(CurveWindow.DropFirst));
        Assert.Equal([0, 1, 2, 3], Pick(CurveWindow.Rise));
        Assert.Equal([4, 5], Pick(CurveWindow.Plateau));
        Assert.Equal([0, 2, 4], Pick(CurveWindow.EpochEnds));
    }

    [Property]
    public Property Rise_and_plateau_partition_the_curve(PositiveInt lengthRaw, NonNegativeInt endRaw)
    {
        var length = 2 + lengthRaw.Get % 200;
        var end = 1 + endRaw.Get % (length - 1);
        var rise = CurveWindows.Select(CurveWindow.Rise, length, end, _ => true);
        var plateau = CurveWindows.Select(CurveWindow.Plateau, length, end, _ => true);
        return rise.Concat(plateau).SequenceEqual(Enumerable.Range(0, length)).Label($"length {length}, rise end {end}");
    }

    [Fact]
    public void A_model_that_never_rises_has_no_phases()
    {
        var end = CurveWindows.RiseEnd([0.5, 0.5, 0.5], 0.9);
        Assert.Null(end);
        Assert.Empty(CurveWindows.Select(CurveWindow.Rise, 3, end, _ => true));
        Assert.Empty(CurveWindows.Select(CurveWindow.Plateau, 3, end, _ => true));
    }
}
