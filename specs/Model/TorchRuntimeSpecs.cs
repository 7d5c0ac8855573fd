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
}
