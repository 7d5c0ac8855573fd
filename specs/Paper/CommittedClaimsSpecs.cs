using FFRepro.Specs.Support;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace FFRepro.Specs.Paper;

/// <summary>The paper's claims on every committed result set (e.g. the GPU runs of the paper design).</summary>
public sealed class CommittedClaimsSpecs
{
    [Theory]
    [MemberData(nameof(CommittedResultSets.Names), MemberType = typeof(CommittedResultSets))]
    public async Task Verdict_table_of_a_committed_result_set_matches_its_reviewed_snapshot(string grid)
    {
        var tables = await CommittedResultSets.TablesAsync(grid);
        Snapshot.Match(VerdictTable.Render(tables.Hypotheses), SnapshotNameExtension.Create(grid));
    }

    [Theory]
    [MemberData(nameof(ReproductionStatus.All), MemberType = typeof(ReproductionStatus))]
    public async Task Each_claim_on_a_committed_result_set_has_its_recorded_outcome(string grid, string family)
    {
        var tables = await CommittedResultSets.TablesAsync(grid);
        ClaimAssert.Matches(ReproductionStatus.Get(grid, family), tables);
    }

    [Fact]
    public void Every_committed_result_set_has_recorded_claims()
    {
        var recorded = ReproductionStatus.Claims.Select(c => c.Grid).ToHashSet();
        Assert.All(CommittedResultSets.Names().Select(n => (string)n[0]), g => Assert.Contains(g, recorded));
    }
}
