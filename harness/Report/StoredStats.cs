using FFRepro.Stats;

namespace FFRepro.Harness.Report;

/// <summary>The statistics tables found in a stats folder, or why they cannot be used.</summary>
/// <param name="Tables">The tables read back; null when they are missing, stale or unreadable.</param>
/// <param name="Reason">Null when <paramref name="Tables"/> is set; else <c>missing</c> (a file is absent),
/// <c>stale</c> (computed from other inputs: merged data, design, options or statistics version) or <c>unreadable</c>.</param>
public sealed record StoredStats(StatsTables? Tables, string? Reason);
