using System.Globalization;

namespace FFRepro.Harness.Checkpoints;

/// <summary>
/// How often a training unit writes a checkpoint: after every epoch (the default), at most every so many minutes, or
/// never. The last epoch never gets one: the unit's run files are written right after it.
/// </summary>
/// <param name="Minutes">Least wall time between two checkpoints; 0 = after every epoch.</param>
/// <param name="Enabled">False: no checkpoints.</param>
public sealed record CheckpointPolicy(double Minutes, bool Enabled = true)
{
    /// <summary>After every epoch.</summary>
    public static readonly CheckpointPolicy EveryEpoch = new(0);

    /// <summary>No checkpoints (a killed unit restarts from epoch 0).</summary>
    public static readonly CheckpointPolicy Off = new(0, false);

    /// <summary>Whether to write one after <paramref name="epoch"/> of <paramref name="epochs"/>, <paramref name="since"/> after the last.</summary>
    public bool Due(int epoch, int epochs, TimeSpan since) => Enabled && epoch < epochs && since.TotalMinutes >= Minutes;

    /// <summary>Parses <c>epoch</c>, <c>off</c> or a number of minutes with an <c>m</c> suffix (<c>10m</c>, <c>0.5m</c>);
    /// throws <see cref="FormatException"/> quoting the text otherwise.</summary>
    public static CheckpointPolicy Parse(string text)
    {
        if (text == "epoch") return EveryEpoch;
        if (text == "off") return Off;
        if (text.EndsWith('m') && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var m) && m >= 0 && double.IsFinite(m))
            return new CheckpointPolicy(m);
        throw new FormatException($"'{text}' must be epoch, off, or minutes such as 10m");
    }

    /// <inheritdoc />
    public override string ToString() => !Enabled ? "off" : Minutes == 0 ? "every epoch" : string.Create(CultureInfo.InvariantCulture, $"at most every {Minutes:0.##} min");
}
