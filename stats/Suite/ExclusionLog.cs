using FFRepro.Stats.Exclusions;

namespace FFRepro.Stats.Suite;

/// <summary>Accumulates exclusion counts keyed by (stage, scope, reason), in first-seen order.</summary>
internal sealed class ExclusionLog
{
    private readonly Dictionary<(string Stage, string Scope, string Reason), int> _counts = [];
    private readonly List<(string, string, string)> _order = [];

    /// <summary>Adds to a count; a count of 0 or less records nothing unless <paramref name="keepZero"/>.</summary>
    public void Add(string stage, string scope, string reason, int count = 1, bool keepZero = false)
    {
        if (count < 0 || (count == 0 && !keepZero)) return;
        var key = (stage, scope, reason);
        if (_counts.TryGetValue(key, out var c)) _counts[key] = c + count;
        else { _counts[key] = count; _order.Add(key); }
    }

    public IReadOnlyList<ExclusionRow> ToRows() =>
        _order.Select(k => new ExclusionRow { Stage = k.Item1, Scope = k.Item2, Reason = k.Item3, Count = _counts[k] }).ToList();
}
