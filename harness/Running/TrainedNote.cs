using System.Globalization;
using System.Text.RegularExpressions;
using FFRepro.Harness.Planning;

namespace FFRepro.Harness.Running;

/// <summary>
/// The provenance note of runs trained nested (<see cref="Results.ResultSchema.TrainedKey"/>), e.g.
/// <c>nested: depths 2,3,4 in one network of depth 4</c>, and its reading back (cost estimates need the depth of the
/// network that was trained and how many runs shared it).
/// </summary>
public static partial class TrainedNote
{
    /// <summary>The note of a nested unit.</summary>
    public static string Of(TrainingUnit unit) =>
        $"nested: depths {string.Join(",", unit.Batches.Select(b => b.Runs[0].Resolved.Depth))} in one network of depth {unit.Deepest.Runs[0].Resolved.Depth}";

    /// <summary>The run depths and the trained depth of a note; null when <paramref name="note"/> is not one.</summary>
    public static (int[] Depths, int Trained)? Parse(string? note)
    {
        if (note is null) return null;
        var m = Pattern().Match(note);
        if (!m.Success) return null;
        var depths = m.Groups[1].Value.Split(',').Select(d => int.Parse(d, CultureInfo.InvariantCulture)).ToArray();
        return (depths, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^nested: depths ([0-9]+(?:,[0-9]+)*) in one network of depth ([0-9]+)$")]
    private static partial Regex Pattern();
}
