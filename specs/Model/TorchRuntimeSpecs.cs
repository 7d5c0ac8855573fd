using FFRepro.Model;
using FFRepro.Model.Torch;
using TorchSharp;
using Xunit;

namespace FFRepro.Specs.Model;

[Collection(FFRepro.Specs.Support.TorchCollection.Name)]
public sealed class TorchRuntimeSpecs
{
    [Fact]
    public void Torchsharp_loads_and_multiplies_matrices_on_cpu()
    {
        TorchRuntime.EnsureLoaded();
        using var a = torch.tensor(new float[] { 1, 2, 3, 4 }, 2, 2);
        using var b = torch.tensor(new float[] { 5, 6, 7, 8 }, 2, 2);
        using var c = torch.matmul(a, b);
        Assert.Equal(new float[] { 19, 22, 43, 50 }, c.data<float>().ToArray());
    }

    [Fact]
    public void Unknown_device_names_are_rejected() =>
        Assert.Throws<ModelInputException>(() => TorchRuntime.ResolveDevice("tpu"));

    /// <summary>On a machine without CUDA, asking for it names why CUDA did not start, on one line, and keeps the
    /// exception as the cause.</summary>
    [Fact]
    public void A_cuda_request_without_cuda_keeps_the_start_up_failure_as_its_cause()
    {
        TorchRuntime.EnsureLoaded();
        if (torch.cuda.is_available()) return;   // the law is about machines without CUDA
        var e = Assert.Throws<TorchUnavailableException>(() => TorchRuntime.ResolveDevice("cuda"));
        Assert.StartsWith("--device cuda was asked for, but CUDA is not available to this build", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
        if (e.InnerException is { } cause)
            Assert.Contains($"CUDA start-up failed: {cause.GetType().Name}: {cause.Message.Split('\n')[0].Trim()}", e.Message, StringComparison.Ordinal);
    }
}
