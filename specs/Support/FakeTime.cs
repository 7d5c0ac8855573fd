namespace FFRepro.Specs.Support;

/// <summary>A clock that moves only when told: <see cref="Advance"/>.</summary>
public sealed class FakeTime : TimeProvider
{
    private long _ticks;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    /// <summary>Moves the clock on by <paramref name="seconds"/>.</summary>
    public void Advance(double seconds) => Interlocked.Add(ref _ticks, TimeSpan.FromSeconds(seconds).Ticks);
}
