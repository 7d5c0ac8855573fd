namespace FFRepro.Stats.Onsets;

/// <summary>Onset of an accuracy curve: when it has covered a fraction tau of its rise.</summary>
public static class Onset
{
    /// <summary>Default threshold below which a rise counts as none (accuracy units).</summary>
    public const double DefaultEpsilon = 1e-6;

    /// <summary>
    /// Onset of a curve a(0..n-1) over its evaluation points: the first point i with a(i) &gt;= a(0) + tau * (max a - a(0)).
    /// When the values are accuracies k/n (<see cref="CorrectCounts"/>) the comparison is made on the counts,
    /// k(i) - k(0) &gt;= tau * (k_max - k(0)), so a value sitting exactly on the threshold is reached whatever its last bit.
    /// The crossing itself happened after point i - 1 and at or before point i, so the onset's resolution is the
    /// distance between those two points (the onsets table states it in steps).
    /// </summary>
    /// <param name="curve">a(0..n-1) in evaluation order; a(0) is the value before training.</param>
    /// <param name="tau">Fraction of the rise, in (0, 1].</param>
    /// <param name="epsilon">A rise max a - a(0) below this has no onset (<see cref="OnsetReasons.NoRise"/>).</param>
    /// <returns>
    /// The onset's point index (always &gt;= 1 when found), or a missing onset with its reason:
    /// <see cref="OnsetReasons.TooShort"/> for fewer than 2 points, <see cref="OnsetReasons.NonFinite"/> for NaN/infinite values,
    /// <see cref="OnsetReasons.NoRise"/> when the curve never rises. For tau = 1 the onset is the first point of the maximum
    /// (guarding against rounding in a(0) + (max - a(0))).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">tau outside (0, 1] or epsilon negative/NaN.</exception>
    public static OnsetResult Find(IReadOnlyList<double> curve, double tau, double epsilon = DefaultEpsilon)
    {
        ArgumentNullException.ThrowIfNull(curve);
        if (!(tau > 0 && tau <= 1)) throw new ArgumentOutOfRangeException(nameof(tau), tau, "tau must lie in (0, 1].");
        if (!(epsilon >= 0)) throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "epsilon must be >= 0.");
        if (curve.Count < 2) return new OnsetResult(null, OnsetReasons.TooShort);

        var max = double.NegativeInfinity;
        var argMax = 0;
        for (var e = 0; e < curve.Count; e++)
        {
            var v = curve[e];
            if (!double.IsFinite(v)) return new OnsetResult(null, OnsetReasons.NonFinite);
            if (v > max) { max = v; argMax = e; }
        }

        var a0 = curve[0];
        var rise = max - a0;
        if (rise < epsilon || rise <= 0) return new OnsetResult(null, OnsetReasons.NoRise);

        // On correct counts k(e) when the values are k/n: k(e) - k(0) >= tau (k_max - k(0)) cannot be flipped by a
        // last-bit change in a value, as a(e) >= a(0) + tau (max - a(0)) on the doubles can.
        Func<int, bool> reached = CorrectCounts.TryFind(curve, out var k, out _)
            ? e => k[e] - k[0] >= tau * (k[argMax] - k[0])
            : e => curve[e] >= a0 + tau * rise;
        for (var e = 1; e < curve.Count; e++)
            if (reached(e)) return new OnsetResult(e, null);
        return new OnsetResult(argMax, null);
    }
}
