using FFRepro.Stats.Hypotheses;
using Xunit.Sdk;

namespace FFRepro.Specs.Paper;

/// <summary>Asserts a recorded claim against fresh hypothesis rows, printing every test's numbers on failure.</summary>
public static class ClaimAssert
{
    /// <summary>The primary verdict counts of <paramref name="claim"/>'s family equal the recorded ones.</summary>
    public static void Matches(ReproductionStatus.Claim claim, IReadOnlyList<HypothesisRow> rows)
    {
        var actual = VerdictTable.Count(rows, claim.Family);
        var expected = (claim.Supported, claim.NotSupported, claim.Inconclusive);
        if (actual != expected)
            throw new XunitException(
                $"{claim.Grid} {claim.Family}: recorded {expected} (supported, not supported, inconclusive), now {actual}.\n" +
                $"Recorded finding: {claim.Finding}\nTests now:\n{VerdictTable.Describe(rows, claim.Family)}");
    }
}
