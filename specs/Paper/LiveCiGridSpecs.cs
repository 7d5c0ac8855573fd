using FFRepro.Harness.Provenance;
using FFRepro.Harness.Report;
using FFRepro.Harness.Results;
using FFRepro.Specs.Support;
using FFRepro.Stats.Data;
using Xunit;
using Xunit.Abstractions;

namespace FFRepro.Specs.Paper;

/// <summary>
/// The reproduction check users run: the ci grid trained live on this machine's CPU (nested: one network per width and
/// seed batch for both depths), its claims asserted, and every one of its curves compared with the committed CPU result
/// set, which was trained depth by depth: bit for bit when both were made with the same <see cref="ReproductionKey"/>
/// (libtorch, device, threads, CPU kernel level), else within <see cref="CrossSettingTolerance"/> and with identical verdicts.
/// </summary>
[Collection(TorchCollection.Name)]
[Trait("Category", "Slow")]
public sealed class LiveCiGridSpecs(LiveCiGrid live, ITestOutputHelper output) : IClassFixture<LiveCiGrid>
{
    [Fact]
    public void The_ci_grid_trains_every_run_to_the_end()
    {
        Assert.Equal(0, live.RunExitCode);
        Assert.Equal(120, live.RunRecords.Count);
        Assert.All(live.RunRecords, r => Assert.Equal(RunStatus.Ok, r.Status));
    }

    [Fact]
    public async Task The_live_ci_grid_trains_each_width_and_seed_batch_as_one_nested_network()
    {
        // Depths 2 and 3 of a width share one network of depth 3: the curves compared with results/ci below (trained
        // depth by depth) are those of nested runs.
        var notes = new HashSet<string?>();
        foreach (var file in Directory.GetFiles(live.Layout.RunsFolder, "*.parquet"))
            notes.Add((await RunFiles.ReadAsync(file, "ci", withCurves: false)).Metadata.GetValueOrDefault(ResultSchema.TrainedKey));
        Assert.Equal(["nested: depths 2,3 in one network of depth 3"], notes);
    }

    [Theory]
    [MemberData(nameof(ReproductionStatus.For), "ci", MemberType = typeof(ReproductionStatus))]
    public void Each_claim_on_the_live_ci_grid_has_its_recorded_outcome(string family) =>
        ClaimAssert.Matches(ReproductionStatus.Get("ci", family), live.Tables);

    // The committed set's table is the reviewed snapshot (CommittedClaimsSpecs); the live grid must give that same table,
    // numbers included, rather than a second copy of the snapshot.
    [Fact]
    public async Task The_live_verdict_table_equals_the_committed_ci_sets_reviewed_table() =>
        Assert.Equal(VerdictTable.Render((await CommittedResultSets.TablesAsync("ci")).Hypotheses), VerdictTable.Render(live.Tables.Hypotheses));

    [Fact]
    public async Task Every_stored_run_is_reproduced_bit_for_bit_or_within_the_stated_tolerance()
    {
        var committed = new ResultsLayout(RepoPaths.Results, "ci");
        var storedKey = ReproductionKey.Of(await StatsReader.ReadMetadataAsync(committed.RunsFile));
        var liveKey = ReproductionKey.Of(await StatsReader.ReadMetadataAsync(live.Layout.RunsFile));
        var stored = await MergedResults.ReadCurvesAsync(committed);
        var comparison = CurveComparison.Of(stored, live.Curves);
        Assert.Equal(120, stored.Select(c => c.RunId).Distinct().Count());
        Assert.True(comparison.OnlyInOne == 0, $"the live and the committed ci grid must hold the same curve points: {comparison.Describe()}");

        if (storedKey.IsComplete && storedKey == liveKey)
        {
            output.WriteLine($"bit-for-bit path: stored and live runs share {liveKey}. {comparison.Describe()}");
            Assert.True(comparison.Differing == 0,
                $"bit-for-bit path ({liveKey} on both sides), but the curves differ: {comparison.Describe()}");
            return;
        }

        output.WriteLine($"tolerance path: stored {storedKey}; live {liveKey}. {comparison.Describe()}");
        var excess = CrossSettingTolerance.Violations(comparison);
        Assert.True(excess.Count == 0,
            $"tolerance path (stored {storedKey}; live {liveKey}): {string.Join("; ", excess)}. {comparison.Describe()}");
        var storedTables = await CommittedResultSets.TablesAsync("ci");
        Assert.Equal(VerdictTable.Render(storedTables.Hypotheses), VerdictTable.Render(live.Tables.Hypotheses));
    }
}
