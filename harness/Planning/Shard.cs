using System.Globalization;

namespace FFRepro.Harness.Planning;

/// <summary>Shard <see cref="Index"/> of <see cref="Count"/> (1-based): training units (seed batches, or nested groups of
/// them) are dealt round-robin, so every shard gets a mix of cheap and expensive cells and the shards partition the plan
/// for any count.</summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>The whole plan.</summary>
    public static readonly Shard All = new(1, 1);

    /// <summary>Whether the training unit at <paramref name="unitIndex"/> belongs to this shard.</summary>
    public bool Contains(int unitIndex) => unitIndex % Count == Index - 1;

    /// <summary>Parses <c>i/n</c> with 1 &lt;= i &lt;= n; throws <see cref="FormatException"/> quoting the text otherwise.</summary>
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && i >= 1 && i <= n)
            return new Shard(i, n);
        throw new FormatException($"'{text}' must be i/n with 1 <= i <= n, e.g. 1/4");
    }

    /// <inheritdoc />
    public override string ToString() => $"{Index}/{Count}";
}
