using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using FFRepro.Model.Training;
using FFRepro.Specs.Support;
using Xunit;
using static TorchSharp.torch;

namespace FFRepro.Specs.Model.Training;

[Collection(TorchCollection.Name)]
public sealed class GradientLocalitySpecs
{
    private static readonly Recipe Recipe = RecipePresets.Paper with { Depth = 3, Width = 12, Classifier = false };

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Training_one_layer_moves_only_that_layers_parameters(int k)
    {
        // Train only layer k in one step (first = last = k, as the greedy and interleaved schedules do) and check that no
        // other layer's parameters moved,
        // and that layer k's did: the step's loss is layer k's alone, and its gradient stays in layer k.
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        var data = TinyData.Make(40, 10);
        using var device = new DeviceData(data.Train, 0, Recipe, CPU);
        using var net = new BatchedNetwork(Recipe, 784, [1, 2], CPU);
        using var optimizer = new BatchedOptimizer(Recipe, TorchRuntime.Settings);
        using var step = new TrainStep(Recipe, net, optimizer);
        var before = Enumerable.Range(0, Recipe.Depth).Select(l => net.LayerParameters(l).Select(p => p.detach().clone()).ToArray()).ToArray();
        var x = device.Images.narrow(0, 0, 20).unsqueeze(0).expand(2, 20, 784);
        var y = device.Labels.narrow(0, 0, 20).unsqueeze(0).expand(2, 20);
        step.Run(x, y, y.Plus(1).Modulo(10), k, k, 1.0, zeros(2));
        for (var l = 0; l < Recipe.Depth; l++)
        {
            var moved = net.LayerParameters(l).Zip(before[l]).Any(p => !p.First.eq(p.Second).all().item<bool>());
            Assert.True(moved == (l == k), $"layer {l} {(moved ? "moved" : "did not move")} when layer {k} trained");
        }
    }

    [Fact]
    public void A_zero_learning_rate_leaves_the_parameters_unchanged()
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        using var initial = randn(3, 4);
        using var group = new FlatParameters([[initial]], CPU);
        var p = group.Blocks[0][0];
        var copy = p.detach().clone();
        p.Squared().sum().backward();
        using var optimizer = new BatchedOptimizer(RecipePresets.Paper, TorchRuntime.Settings);
        optimizer.Step(group, 0, 0, lr: 0, weightDecay: 3e-4);
        optimizer.Step(group, 0, 0, lr: 0, weightDecay: 3e-4);
        Assert.True(p.detach().eq(copy).all().item<bool>());
    }
}
