using FFRepro.Model.Recipes;
using FFRepro.Model.Torch;
using FFRepro.Model.Training;
using FFRepro.Specs.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TorchSharp;
using static TorchSharp.torch;

namespace FFRepro.Specs.Model.Training;

/// <summary>
/// The optimizer updates a run of blocks as one flat slice. These specs hold it to the per-tensor update it replaced:
/// same bits, for SGD with momentum and Adam, with weight decay, over several steps, including blocks whose step
/// counts differ (greedy and interleaved schedules).
/// </summary>
[Xunit.Collection(TorchCollection.Name)]
public sealed class FlatOptimizerSpecs
{
    [Property(MaxTest = 40)]
    public Property One_flat_update_of_several_blocks_equals_updating_each_block_alone(int seed, bool adam, PositiveInt blocks, bool gather)
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        var recipe = adam ? RecipePresets.Pezeshki with { Lr = 0.03 } : RecipePresets.Paper;
        var count = 1 + blocks.Get % 4;
        using var g = new Generator((ulong)(uint)seed);
        var shapes = Enumerable.Range(0, count).Select(b => new[] { randn([3, 1 + b, 5], generator: g), randn([3, 1, 5], generator: g) }).ToArray();
        using var together = new FlatParameters(shapes, CPU);
        using var alone = new FlatParameters(shapes, CPU);
        // gather: one concatenated gradient and one update chain; else tensor by tensor from autograd's gradients.
        using var optTogether = new BatchedOptimizer(recipe, TorchRuntime.Settings with { GatherLimit = gather ? long.MaxValue : 0 });
        using var optAlone = new BatchedOptimizer(recipe, TorchRuntime.Settings);
        for (var step = 0; step < 4; step++)
        {
            // Step 1 trains block 0 only, so later steps meet blocks with different step counts.
            var last = step == 1 ? 0 : count - 1;
            foreach (var (a, b) in together.Blocks.SelectMany(x => x).Zip(alone.Blocks.SelectMany(x => x)))
            {
                var grad = randn(a.shape, generator: g);
                a.grad = grad;
                b.grad = grad.clone();
            }
            optTogether.Step(together, 0, last, lr: 0.05, weightDecay: 3e-4);
            for (var b = 0; b <= last; b++) optAlone.Step(alone, b, b, lr: 0.05, weightDecay: 3e-4);
        }
        var same = together.Values.eq(alone.Values).all().item<bool>();
        var diff = (together.Values - alone.Values).abs().max().item<float>();
        return same.Label($"{(adam ? "Adam" : "SGD")}, {count} blocks, {(gather ? "gathered" : "tensor by tensor")}: largest difference {diff}");
    }

    [Xunit.Fact]
    public void Gradients_are_gathered_in_the_flat_layout_and_cleared_per_block()
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        using var group = new FlatParameters([[ones(2, 3)], [ones(4)]], CPU);
        group.Blocks[0][0].sum().Times(2).Plus(group.Blocks[1][0].sum().Times(3)).backward();
        Xunit.Assert.Equal([2f, 2, 2, 2, 2, 2, 3, 3, 3, 3], group.GatherGrads(0, 1).data<float>().ToArray());
        Xunit.Assert.Equal([3f, 3, 3, 3], group.GatherGrads(1, 1).data<float>().ToArray());
        group.ClearGrads(1, 1);
        Xunit.Assert.NotNull(group.Blocks[0][0].grad);
        Xunit.Assert.Null(group.Blocks[1][0].grad);
    }
}
