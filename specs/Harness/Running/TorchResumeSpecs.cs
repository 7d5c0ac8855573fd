using FFRepro.Harness.Binding;
using FFRepro.Harness.Design;
using FFRepro.Harness.Planning;
using FFRepro.Harness.Provenance;
using FFRepro.Harness.Results;
using FFRepro.Harness.Running;
using FFRepro.Model.Metrics;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Harness.Running;

/// <summary>The resume law with the real trainer on the shipped data: an interrupted grid, resumed, stores exactly
/// the numbers an uninterrupted one stores.</summary>
[Collection(TorchCollection.Name)]
public sealed class TorchResumeSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string Tiny = """
        {"name":"tiny","dataset":"mnist10k","recipe":"paper","device":"cpu",
         "overrides":{"epochs":1,"width":8,"eval_samples":100},
         "treatments":{"depth":[1,2]},"seeds":2,"seed_batch_size":1}
        """;

    /// <summary>Stops the grid, as Ctrl+C would, once <paramref name="batches"/> training units have trained.</summary>
    private sealed class Interrupting(ICellTrainer inner, int batches) : ICellTrainer
    {
        private int _trained;
        public string Device => inner.Device;
        public TorchFacts Facts => inner.Facts;

        public IReadOnlyList<IReadOnlyList<RunResult>> Train(IReadOnlyList<RunBatch> units, TrainingHooks hooks, CancellationToken ct) =>
            _trained++ >= batches ? throw new OperationCanceledException() : inner.Train(units, hooks, ct);
    }

    private static async Task<IReadOnlyList<CurveRecord>> Curves(ResultsLayout layout)
    {
        await Merger.MergeAsync(layout);
        return await MergedResults.ReadCurvesAsync(layout);
    }

    [Fact]
    public async Task Resume_with_the_real_trainer_reproduces_the_uninterrupted_curves()
    {
        var catalog = TorchModelCatalog.Instance;
        var plan = Planner.Expand(GridSpecLoader.Parse(Tiny, "tiny.json", catalog), catalog);
        var trainer = new TorchCellTrainer("paper", "mnist10k", "cpu");

        var whole = new ResultsLayout(Path.Combine(_temp.Path, "whole"), "tiny");
        await FakeRuns.RunAsync(whole, plan, trainer);

        var resumed = new ResultsLayout(Path.Combine(_temp.Path, "resumed"), "tiny");
        // Two nested units (seed 1 at depths 1 and 2, then seed 2): stopped after the first.
        Assert.Equal(2, plan.Units.Count);
        var first = await FakeRuns.RunAsync(resumed, plan, new Interrupting(trainer, 1));
        Assert.True(first.Cancelled);
        await FakeRuns.RunAsync(resumed, plan, trainer);

        var a = await Curves(whole);
        var b = await Curves(resumed);
        Assert.NotEmpty(a);
        Assert.Equal(a, b);
    }
}
