namespace FFRepro.Stats.Tests;

/// <summary>Holm's (1979) step-down adjustment for a family of p-values (controls the family-wise error rate).</summary>
public static class Holm
{
    /// <summary>
    /// Holm-adjusted p-values: with the m finite p-values sorted ascending p(1) &lt;= ... &lt;= p(m),
    /// p_holm(i) = min(1, max over j &lt;= i of (m - j + 1) p(j)), returned in the input order.
    /// </summary>
    /// <remarks>NaN entries (tests that could not be run) stay NaN and do not count towards m. Empty in, empty out.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A p-value outside [0, 1].</exception>
    public static double[] Adjust(IReadOnlyList<double> p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var adjusted = new double[p.Count];
        var order = new List<int>(p.Count);
        for (var i = 0; i < p.Count; i++)
        {
            if (double.IsNaN(p[i])) { adjusted[i] = double.NaN; continue; }
            if (p[i] < 0 || p[i] > 1) throw new ArgumentOutOfRangeException(nameof(p), p[i], $"p[{i}] is not a probability.");
            order.Add(i);
        }

        order.Sort((a, b) => p[a] != p[b] ? p[a].CompareTo(p[b]) : a.CompareTo(b));
        var m = order.Count;
        var running = 0.0;
        for (var k = 0; k < m; k++)
        {
            running = Math.Max(running, Math.Min(1, (m - k) * p[order[k]]));
            adjusted[order[k]] = running;
        }

        return adjusted;
    }
}
