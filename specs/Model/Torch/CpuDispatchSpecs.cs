using System.Diagnostics;
using System.Runtime.InteropServices;
using FFRepro.Model;
using FFRepro.Model.Torch;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Model.Torch;

[Collection(TorchCollection.Name)]
public sealed class CpuDispatchSpecs
{
    [Theory]
    [InlineData("sse")]
    [InlineData("avx")]
    [InlineData("AVX-512")]
    [InlineData("1")]
    public void A_value_that_is_not_a_level_is_rejected_naming_the_variable(string value)
    {
        var e = Assert.Throws<ModelInputException>(() => CpuDispatch.Parse(value));
        Assert.Contains(CpuDispatch.Variable, e.Message, StringComparison.Ordinal);
        Assert.Contains("avx2, avx512 or native", e.Message, StringComparison.Ordinal);
    }

    private static readonly string[] AvxOnly = ["avx", "avx2", "fma"];
    private static readonly string[] WithAvx512 = [.. AvxOnly, "avx512f", "avx512dq", "avx512bw", "avx512vl"];

    private static CpuDispatchLevel On(string[] flags, string? value, bool x64 = true) =>
        CpuDispatch.Parse(value, x64, needed => needed.Except(flags).ToArray());

    [Theory]
    [InlineData(null, CpuDispatchLevel.Avx2)]
    [InlineData("", CpuDispatchLevel.Avx2)]
    [InlineData(" AVX2 ", CpuDispatchLevel.Avx2)]
    [InlineData("Avx512", CpuDispatchLevel.Avx512)]
    [InlineData("native", CpuDispatchLevel.Native)]
    public void Unset_means_avx2_on_x86_64_and_names_are_case_insensitive(string? value, CpuDispatchLevel expected) =>
        Assert.Equal(expected, On(WithAvx512, value));

    [Fact]
    public void Unset_means_native_on_other_processors_where_x86_levels_are_refused()
    {
        Assert.Equal(CpuDispatchLevel.Native, On([], null, x64: false));
        Assert.Contains("not an x86-64", Assert.Throws<ModelInputException>(() => On([], "avx2", x64: false)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_the_processor_lacks_is_rejected_with_what_it_lacks()
    {
        var e = Assert.Throws<ModelInputException>(() => On(AvxOnly, "avx512"));
        Assert.Contains("lacks avx512f, avx512dq, avx512bw, avx512vl", e.Message, StringComparison.Ordinal);
        Assert.Contains("lacks avx2, fma", Assert.Throws<ModelInputException>(() => On(["avx"], null)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_level_asked_for_is_the_level_libtorch_dispatches_to()
    {
        TorchRuntime.EnsureLoaded();
        var requested = TorchRuntime.Settings.CpuDispatch;
        var facts = TorchRuntime.Dispatch;
        Assert.Equal(CpuDispatch.Name(requested), facts.Requested);
        Assert.NotEqual("unknown", facts.Aten);
        if (requested != CpuDispatchLevel.Native)
        {
            Assert.Equal(CpuDispatch.Name(requested).ToUpperInvariant(), facts.Aten);
            foreach (var (name, value) in CpuDispatch.Settings(requested))
                Assert.Contains($"{name}={value}", facts.Settings, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_bad_level_stops_grid_run_with_exit_2_one_message_and_nothing_created()
    {
        var results = Directory.CreateTempSubdirectory("ffrepro-dispatch-").FullName;
        Directory.Delete(results);
        var run = await FfreproProcess.RunAsync(new Dictionary<string, string> { [CpuDispatch.Variable] = "sse" }, "grid", "run", "smoke", "--results", results, "--plain");
        Assert.Equal(2, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"error: {CpuDispatch.Variable}='sse' is not a CPU dispatch level; use avx2, avx512 or native.", Assert.Single(lines));
        Assert.DoesNotContain(" at ", run.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(results), "grid run created the results folder although the dispatch level was bad");
    }
}
