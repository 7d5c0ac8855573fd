using System.Diagnostics;
using FFRepro.Model;
using FFRepro.Model.Torch;
using FFRepro.Model.Training;
using FFRepro.Specs.Support;
using TorchSharp;
using Xunit;

namespace FFRepro.Specs.Model.Torch;

[Collection(TorchCollection.Name)]
public sealed class TorchSettingsSpecs
{
    private static TorchSettings Read(params (string Name, string Value)[] set) =>
        TorchSettings.Read(name => set.Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault());

    [Fact]
    public void Without_variables_the_settings_are_the_defaults()
    {
        var s = Read();
        Assert.Equal(new TorchSettings(null, false, 1, null, CpuDispatch.Parse(null)), s);
        Assert.Equal(256L << 10, BatchedOptimizer.GatherLimit(torch.CPU, s));
    }

    [Fact]
    public void Every_variable_is_read_into_its_setting()
    {
        var s = Read((TorchSettings.LibTorchVariable, "/opt/torch/lib"), (TorchSettings.Tf32Variable, "1"),
            (TorchSettings.ThreadsVariable, "4"), (TorchSettings.GatherLimitVariable, "0"), (CpuDispatch.Variable, "native"));
        Assert.Equal(new TorchSettings("/opt/torch/lib", true, 4, 0, CpuDispatchLevel.Native), s);
        Assert.Equal(0, BatchedOptimizer.GatherLimit(torch.CPU, s));
        Assert.False(Read((TorchSettings.Tf32Variable, "yes")).Tf32);   // only 1 turns TF32 on
        Assert.Null(Read((TorchSettings.LibTorchVariable, " ")).LibTorchFolder);
    }

    [Theory]
    [InlineData(TorchSettings.ThreadsVariable, "0", "FFREPRO_THREADS='0' is not a positive integer.")]
    [InlineData(TorchSettings.ThreadsVariable, "two", "FFREPRO_THREADS='two' is not a positive integer.")]
    [InlineData(TorchSettings.GatherLimitVariable, "-1", "FFREPRO_GATHER_LIMIT='-1' is not a number of elements >= 0.")]
    [InlineData(CpuDispatch.Variable, "sse", "FFREPRO_CPU_CAPABILITY='sse' is not a CPU dispatch level; use avx2, avx512 or native.")]
    public void A_bad_value_is_rejected_with_its_one_line_message(string variable, string value, string message) =>
        Assert.Equal(message, Assert.Throws<ModelInputException>(() => Read((variable, value))).Message);

    /// <summary>The settings are read once, when libtorch loads; later reads get that same record, whatever the
    /// environment says by then (the optimizer and the trainer take it as an argument and read no variable).</summary>
    [Fact]
    public void The_runtime_keeps_the_settings_it_loaded_with()
    {
        TorchRuntime.EnsureLoaded();
        var first = TorchRuntime.Settings;
        Assert.Same(first, TorchRuntime.Settings);
        Assert.Equal(torch.get_num_threads(), first.Threads);
        Assert.Same(first, new TrainRequest(FFRepro.Model.Recipes.RecipePresets.Paper, TinyDataOf(), [1], torch.CPU).Settings);
    }

    private static FFRepro.Model.Data.Dataset TinyDataOf() => TinyData.Make();

    [Theory]
    [InlineData(TorchSettings.ThreadsVariable, "0", "FFREPRO_THREADS='0' is not a positive integer.")]
    [InlineData(TorchSettings.GatherLimitVariable, "many", "FFREPRO_GATHER_LIMIT='many' is not a number of elements >= 0.")]
    public async Task A_bad_value_stops_grid_run_with_exit_2_and_one_message(string variable, string value, string message)
    {
        var results = Directory.CreateTempSubdirectory("ffrepro-settings-").FullName;
        Directory.Delete(results);
        var run = await FfreproProcess.RunAsync(new Dictionary<string, string> { [variable] = value }, "grid", "run", "smoke", "--results", results, "--plain");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: " + message, Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.DoesNotContain(" at ", run.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(results), "grid run created the results folder although a setting was bad");
    }
}
