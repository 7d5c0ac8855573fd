using System.Globalization;

namespace FFRepro.Stats.Suite;

/// <summary>Invariant-culture labels of the suite's rows and notes.</summary>
internal static class Text
{
    public static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>Comma-separated, no spaces: the form of <c>Depths</c> and <c>Widths</c>.</summary>
    public static string List(IEnumerable<int> values) => string.Join(",", values.Select(Int));

    /// <summary>Comma and space: the form used in notes.</summary>
    public static string Prose(IEnumerable<int> values) => string.Join(", ", values.Select(Int));
}
