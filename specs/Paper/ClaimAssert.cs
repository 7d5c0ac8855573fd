using FFRepro.Stats;
using FFRepro.Stats.Hypotheses;
using Xunit.Sdk;

namespace FFRepro.Specs.Paper;

/// <summary>Asserts a recorded claim against fresh statistics, printing every test's numbers on failure.</summary>
public static class ClaimAssert
{
    /// <summary>The primary verdict counts of <paramref name="claim"/>'s family, and its robust verdict counts when recorded, equal the recorded ones.</summary>
    public static void Matches(ReproductionStatus.Claim claim, StatsTables tables)
    {
        var actual = VerdictTable.Count(tables.Hypotheses, claim.Family);
        var expected = (claim.Supported, claim.NotSupported, claim.Inconclusive);
        var robust = tables.Sensitivity.Where(s => s.Family == claim.Family).ToList();
        var actualRobust = (robust.Count(s => s.Robust == Verdicts.Supported), robust.Count(s => s.Robust == Verdicts.NotSupported),
            robust.Count(s => s.Robust == Verdicts.Mixed));
        if (actual != expected || (claim.Robust is { } r && r != actualRobust))
            throw new XunitException(
                $"{claim.Grid} {claim.Family}: recorded {expected} (supported, not supported, inconclusive), now {actual}; " +
                $"robust recorded {claim.Robust?.ToString() ?? "-"} (supported, not supported, mixed), now {actualRobust}.\n" +
                $"Recorded finding: {claim.Finding}\nTests now:\n{VerdictTable.Describe(tables.Hypotheses, claim.Family)}");
    }
}
