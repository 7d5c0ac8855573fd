using FFRepro.Model.Metrics;
using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using FFRepro.Model.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace FFRepro.Model.Trace;

/// <summary>
/// The trainer's own parts for one traced seed on the CPU, built as <c>FFTrainer</c> builds them: the training split,
/// the test split, the network, its optimizer, the epoch order and the test evaluator. Export and trace both start here,
/// so they see the same initialization and draws.
/// </summary>
internal sealed class TraceSession : IDisposable
{
    private readonly DisposeScope _scope = NewDisposeScope();

    public Recipe Recipe { get; }
    public DeviceData Train { get; }
    public DeviceData Test { get; }
    public BatchedNetwork Net { get; }
    public BatchedOptimizer Optimizer { get; }
    public EpochOrder Order { get; }
    public TrainStep Step { get; }
    public Evaluator Evaluator { get; }

    /// <summary>Steps in one epoch (the last partial batch is dropped).</summary>
    public int StepsPerEpoch => Order.Batches;

    /// <summary>Steps traced: the case's limit, or every step of every epoch.</summary>
    public int Steps { get; }

    /// <summary>True when every step of the run is traced (then the epoch-end evaluation runs).</summary>
    public bool Complete => Steps == Recipe.Epochs * StepsPerEpoch;

    public TraceSession(TraceCase c, Data.Dataset data)
    {
        Recipe = c.Recipe;
        RecipeValidator.ThrowIfInvalid(Recipe);
        var device = CPU;
        long[] seeds = [c.Seed];
        Train = new DeviceData(data.Train, 0, Recipe, device);
        RecipeValidator.ThrowIfIncompatible(Recipe, Train.Count);
        Test = new DeviceData(data.Test, Recipe.EvalSamples, Recipe, device);
        Net = new BatchedNetwork(Recipe, Train.Features, seeds, device);
        Optimizer = new BatchedOptimizer(Recipe, TorchRuntime.Settings);
        Order = new EpochOrder(Recipe, Train, seeds);
        Step = new TrainStep(Recipe, Net, Optimizer);
        Evaluator = new Evaluator(Recipe, Test, seeds, EvalSplit.Test);
        var all = Recipe.Epochs * StepsPerEpoch;
        Steps = c.Steps == 0 ? all : Math.Min(c.Steps, all);
    }

    public void Dispose()
    {
        Evaluator.Dispose();
        Step.Dispose();
        Order.Dispose();
        Optimizer.Dispose();
        Net.Dispose();
        Test.Dispose();
        Train.Dispose();
        _scope.Dispose();
    }
}
