namespace FFRepro.Specs.Reliability;

/// <summary>Lets <c>build/reliability.sh</c> count what the specs tried: one line per case appended to the file named
/// by <c>FFREPRO_RELIABILITY_REPORT</c>; without it, nothing is written.</summary>
public static class ReliabilityReport
{
    private static readonly Lock Gate = new();

    /// <summary>Appends "<paramref name="kind"/>: <paramref name="detail"/>" to the report, if one is asked for.</summary>
    public static void Add(string kind, string detail)
    {
        if (Environment.GetEnvironmentVariable("FFREPRO_RELIABILITY_REPORT") is not { Length: > 0 } file) return;
        lock (Gate) File.AppendAllText(file, $"{kind}: {detail.ReplaceLineEndings(" ")}\n");
    }
}
