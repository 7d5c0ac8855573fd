using FFRepro.Harness.Tracking;
using Xunit;

namespace FFRepro.Specs.Harness.Tracking;

public sealed class RunCostModelSpecs
{
    private static CostObservation Run(int epochs, int width, int depth, double seconds) => new(epochs, width, depth, seconds);

    // seconds = a * epochs * depth + b * epochs * (784 w + (d - 1) w^2), the model's own form.
    private static double Truth(int e, int w, int d) => 0.005 * e * d + 4e-9 * e * (784.0 * w + (d - 1.0) * w * w);

    [Fact]
    public void Times_of_the_models_form_are_recovered_for_cells_never_measured()
    {
        var shapes = new[] { (2, 100), (2, 500), (2, 1000), (2, 2000), (3, 100), (3, 1000) };
        var finished = shapes.SelectMany(s => Enumerable.Range(0, 3).Select(_ => Run(100, s.Item2, s.Item1, Truth(100, s.Item2, s.Item1)))).ToList();
        var model = RunCostModel.Fit(finished)!;
        Assert.True(model.Fitted);
        foreach (var (d, w) in new[] { (4, 100), (4, 2000), (3, 2000) })
            Assert.Equal(Truth(100, w, d), model.Predict(100, w, d), 1e-9);
    }

    [Fact]
    public void One_measured_cell_falls_back_to_time_proportional_to_epochs_width_and_depth()
    {
        var model = RunCostModel.Fit([Run(10, 32, 2, 2.0), Run(10, 32, 2, 4.0)])!;
        Assert.False(model.Fitted);
        Assert.Equal(3.0 * 4, model.Predict(20, 64, 2), 1e-12);
    }

    [Fact]
    public void No_finished_run_gives_no_model() => Assert.Null(RunCostModel.Fit([]));
}
