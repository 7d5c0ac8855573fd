namespace FFRepro.Harness.Progress;

/// <summary>
/// The time left of a piece of work that reports what fraction of it is done, made to be read by a person: it is
/// shown only once it rests on a measurement, and once shown it does not jump.
/// <list type="bullet">
/// <item><b>Rate.</b> The measured rate is the work done since the first report with some work done, over the time
/// since then: <c>(done - done0) / (t - t0)</c>. Starting from that report leaves out the start-up before any work
/// (loading data, building the first network), which would otherwise inflate the first estimates; start-up of later
/// pieces (each training unit's) is part of the rate, as it is part of the time left.</item>
/// <item><b>Estimate.</b> <c>raw = (1 - done) * (t - t0) / (done - done0)</c>: the rest of the work at the mean rate
/// so far, a cumulative mean, so one slow or fast epoch moves it little.</item>
/// <item><b>When shown.</b> Only after <see cref="WarmUpSeconds"/> of measured work and some work done in them;
/// before that there is no estimate (null), not a guess.</item>
/// <item><b>Stability.</b> Between reports the shown value counts down with the clock. At a report it moves from
/// that countdown towards <c>raw</c> by at most <see cref="MaxChangePerMinute"/> of the countdown per minute since
/// the previous report, and never less than one second per second (so a small time left can still grow when more
/// work turns up). A change of rate is therefore followed within minutes, never in one step.</item>
/// <item><b>Done.</b> When everything is done the time left is 0.</item>
/// </list>
/// Times are seconds on any clock that does not go back (the caller's; a fake one in specs).
/// </summary>
public sealed class EtaEstimator
{
    /// <summary>Seconds of measured work before an estimate is shown.</summary>
    public const double WarmUpSeconds = 20;

    /// <summary>Largest change of the shown time left per minute between reports, as a fraction of itself.</summary>
    public const double MaxChangePerMinute = 0.25;

    private readonly Lock _gate = new();
    private double? _t0, _done0;
    private double _lastTime;
    private double? _shown;

    /// <summary>Records that <paramref name="done"/> (0..1) of the work was done at <paramref name="seconds"/>.</summary>
    public void Report(double seconds, double done)
    {
        done = Math.Clamp(done, 0, 1);
        lock (_gate)
        {
            if (_t0 is not { } t0 || _done0 is not { } done0)
            {
                if (done > 0) (_t0, _done0, _lastTime) = (seconds, done, seconds);
                if (done >= 1) _shown = 0;
                return;
            }
            var dt = Math.Max(0, seconds - _lastTime);
            _lastTime = Math.Max(_lastTime, seconds);
            if (done >= 1)
            {
                _shown = 0;
                return;
            }
            var measured = seconds - t0;
            if (_shown is not { } shown)
            {
                if (measured >= WarmUpSeconds && done > done0) _shown = Raw(measured, done, done0);
                return;
            }
            var countdown = Math.Max(0, shown - dt);
            var limit = Math.Max(MaxChangePerMinute * countdown, 60) * dt / 60;
            _shown = done > done0 ? countdown + Math.Clamp(Raw(measured, done, done0) - countdown, -limit, limit) : countdown;
        }
    }

    /// <summary>The time left in seconds as of the latest report; null while there is no estimate.</summary>
    public double? Left
    {
        get
        {
            lock (_gate) return _shown;
        }
    }

    /// <summary>The time left at <paramref name="seconds"/>: the latest estimate counted down since its report (not
    /// below 0); null while there is no estimate.</summary>
    public double? LeftAt(double seconds)
    {
        lock (_gate) return _shown is { } s ? Math.Max(0, s - Math.Max(0, seconds - _lastTime)) : null;
    }

    private static double Raw(double measured, double done, double done0) => (1 - done) * measured / (done - done0);
}
