using FFRepro.Stats.Onsets;

namespace FFRepro.Stats.Correlation;

/// <summary>The points of a <see cref="CurveWindow"/>, and its name in the tables.</summary>
public static class CurveWindows
{
    /// <summary>Name in the correlations table and in variant names: whole, drop_first, rise, plateau, epoch_ends.</summary>
    public static string Name(CurveWindow window) => window switch
    {
        CurveWindow.Whole => "whole",
        CurveWindow.DropFirst => "drop_first",
        CurveWindow.Rise => "rise",
        CurveWindow.Plateau => "plateau",
        CurveWindow.EpochEnds => "epoch_ends",
        _ => throw new ArgumentOutOfRangeException(nameof(window), window, "Unknown window."),
    };

    /// <summary>
    /// Last point of the rise: the first point at which <paramref name="model"/> has covered <paramref name="fraction"/>
    /// of its rise, found exactly as an onset (<see cref="Onset.Find"/> at tau = fraction, on correct counts when the
    /// values are k/n), so the rise always holds at least two points.
    /// </summary>
    /// <returns>Null when the model curve never rises (or is too short).</returns>
    public static int? RiseEnd(IReadOnlyList<double> model, double fraction) => Onset.Find(model, fraction).Index;

    /// <summary>
    /// Indices of the points in <paramref name="window"/> for curves of <paramref name="length"/> points.
    /// </summary>
    /// <param name="window">The window.</param>
    /// <param name="length">Points per curve.</param>
    /// <param name="riseEnd">From <see cref="RiseEnd"/>; needed for <see cref="CurveWindow.Rise"/> and <see cref="CurveWindow.Plateau"/>.</param>
    /// <param name="isEpochEnd">Whether point i was taken at an epoch end.</param>
    /// <returns>The indices in order; empty when the window is undefined (no rise for the phase windows).</returns>
    public static int[] Select(CurveWindow window, int length, int? riseEnd, Func<int, bool> isEpochEnd)
    {
        ArgumentNullException.ThrowIfNull(isEpochEnd);
        return window switch
        {
            CurveWindow.Whole => Enumerable.Range(0, length).ToArray(),
            CurveWindow.DropFirst => Enumerable.Range(1, Math.Max(0, length - 1)).ToArray(),
            CurveWindow.Rise => riseEnd is { } k ? Enumerable.Range(0, Math.Min(k + 1, length)).ToArray() : [],
            CurveWindow.Plateau => riseEnd is { } k && k + 1 < length ? Enumerable.Range(k + 1, length - k - 1).ToArray() : [],
            CurveWindow.EpochEnds => Enumerable.Range(0, length).Where(isEpochEnd).ToArray(),
            _ => throw new ArgumentOutOfRangeException(nameof(window), window, "Unknown window."),
        };
    }
}
