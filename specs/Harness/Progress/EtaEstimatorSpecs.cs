using FFRepro.Harness.Progress;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace FFRepro.Specs.Harness.Progress;

/// <summary>The time left shown during a grid run, driven by a fake clock: measured before shown, exact for steady
/// work, and never jumping once shown.</summary>
public sealed class EtaEstimatorSpecs
{
    // Reports at gaps of 0-119 s, each adding 0-4.9 % of the work (never all of it: finishing is a jump to 0 by design).
    private static IEnumerable<(double Seconds, double Done)> Reports(PositiveInt[] gaps, NonNegativeInt[] gains)
    {
        double t = 0, done = 0;
        foreach (var (gap, gain) in gaps.Zip(gains))
        {
            t += gap.Get % 120;
            done = Math.Min(0.999, done + gain.Get % 50 / 1000.0);
            yield return (t, done);
        }
    }

    [Property(MaxTest = 300)]
    public bool Once_shown_the_time_left_moves_from_its_countdown_by_at_most_a_quarter_per_minute_or_a_second_per_second(PositiveInt[] gaps, NonNegativeInt[] gains)
    {
        var eta = new EtaEstimator();
        double? previous = null;
        var last = 0.0;
        foreach (var (t, done) in Reports(gaps, gains))
        {
            eta.Report(t, done);
            var shown = eta.Left;
            if (previous is { } p)
            {
                if (shown is not { } now) return false;   // once shown, always shown
                var dt = t - last;
                var countdown = Math.Max(0, p - dt);
                var allowed = Math.Max(EtaEstimator.MaxChangePerMinute * countdown, 60) * dt / 60;
                if (Math.Abs(now - countdown) > allowed + 1e-9) return false;
            }
            (previous, last) = (shown, t);
        }
        return true;
    }

    [Property(MaxTest = 200)]
    public bool Steady_work_after_a_start_up_is_estimated_exactly_once_shown(PositiveInt startUp, PositiveInt totalMinutes, PositiveInt step)
    {
        var s = startUp.Get % 60;
        var total = 60.0 * (1 + totalMinutes.Get % 600);
        var dt = 1 + step.Get % 30;
        var eta = new EtaEstimator();
        eta.Report(0, 0);
        for (var t = (double)s + dt; t < s + total; t += dt)
        {
            eta.Report(t, (t - s) / total);
            if (eta.Left is { } left && Math.Abs(left - (total - (t - s))) > 1e-6 * total) return false;
        }
        return eta.Left is not null || total < EtaEstimator.WarmUpSeconds + 2 * dt;
    }

    [Fact]
    public void Nothing_is_shown_before_twenty_seconds_of_measured_work()
    {
        var eta = new EtaEstimator();
        eta.Report(0, 0);
        eta.Report(15, 0);   // start-up: loading data, building the network
        for (var t = 16; t < 36; t++)
        {
            eta.Report(t, (t - 15) / 1000.0);
            Assert.Null(eta.Left);
            Assert.Null(eta.LeftAt(t + 1));
        }
        eta.Report(36, 21 / 1000.0);
        Assert.Equal(979.0, eta.Left!.Value, 1e-9);
        Assert.Equal(969.0, eta.LeftAt(46)!.Value, 1e-9);
    }

    [Fact]
    public void A_falling_estimate_is_followed_at_a_bounded_pace()
    {
        // A grid whose first batch includes a slow first epoch: the cumulative estimate would fall from 14:53 to 8:50
        // within 8 s; shown, it moves by at most a quarter per minute or a second per second.
        var eta = new EtaEstimator();
        eta.Report(10, 0.01);
        eta.Report(30, 0.02);
        Assert.Equal(1960, eta.Left!.Value, 1e-9);
        eta.Report(38, 0.04);
        Assert.InRange(eta.Left!.Value, 1952 - 8.0 * 0.25 * 1952 / 60 - 1e-9, 1952 + 1e-9);
    }

    [Fact]
    public void Finished_work_has_no_time_left()
    {
        var eta = new EtaEstimator();
        eta.Report(1, 0.5);
        eta.Report(100, 1);
        Assert.Equal(0, eta.Left);
    }
}
