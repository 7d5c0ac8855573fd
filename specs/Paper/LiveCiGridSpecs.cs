using FFRepro.Harness.Results;
using FFRepro.Specs.Support;
using FsCheck;
using FsCheck.Fluent;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace FFRepro.Specs.Paper;

/// <summary>
/// The reproduction check users run: the ci grid trained live on this machine's CPU, its claims asserted, and its
/// curves compared with the committed CPU result set bit for bit.
/// </summary>
[Collection(TorchCollection.Name)]
[Trait("Category", "Slow")]
public sealed class LiveCiGridSpecs(LiveCiGrid live) : IClassFixture<LiveCiGrid>
{
    [Fact]
    public void The_ci_grid_trains_every_run_to_the_end()
    {
        Assert.Equal(0, live.RunExitCode);
        Assert.Equal(120, live.RunRecords.Count);
        Assert.All(live.RunRecords, r => Assert.Equal("ok", r.Status));
    }

    [Theory]
    [MemberData(nameof(ReproductionStatus.For), "ci", MemberType = typeof(ReproductionStatus))]
    public void Each_claim_on_the_live_ci_grid_has_its_recorded_outcome(string family) =>
        ClaimAssert.Matches(ReproductionStatus.Get("ci", family), live.Tables.Hypotheses);

    [Fact]
    public void The_live_verdict_table_matches_the_reviewed_snapshot() =>
        Snapshot.Match(VerdictTable.Render(live.Tables.Hypotheses), SnapshotNameExtension.Create("ci-live"));

    [Fact]
    public async Task Stored_runs_chosen_at_random_are_reproduced_bit_for_bit()
    {
        // The committed set was made on the CPU with 1 thread (recorded in its metadata), as the live run is.
        var committed = new ResultsLayout(RepoPaths.Results, "ci");
        var stored = (await MergedResults.ReadCurvesAsync(committed)).ToLookup(c => c.RunId);
        var fresh = live.Curves.ToLookup(c => c.RunId);
        var ids = stored.Select(g => g.Key).Order(StringComparer.Ordinal).ToArray();
        Prop.ForAll(Gen.Elements(ids).ToArbitrary(), id =>
        {
            var a = stored[id].OrderBy(Key).ToArray();
            var b = fresh[id].OrderBy(Key).ToArray();
            return (a.Length == b.Length && a.Zip(b).All(p => Key(p.First) == Key(p.Second)
                    && BitConverter.DoubleToInt64Bits(p.First.Value) == BitConverter.DoubleToInt64Bits(p.Second.Value)))
                .Label($"run {id}: {a.Length} stored vs {b.Length} fresh curve points, values bit-identical");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(25));

        static string Key(CurveRecord c) => $"{c.Split}|{c.Metric}|{c.Layer:D2}|{c.Step:D8}";
    }
}
