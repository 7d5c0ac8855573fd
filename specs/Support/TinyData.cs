using FFRepro.Model.Data;

namespace FFRepro.Specs.Support;

/// <summary>
/// Small synthetic data sets for specs that must train in milliseconds: each class has its own bright 3x3 patch,
/// so the task is learnable, and pixels are drawn from a fixed <see cref="Random"/> seed.
/// </summary>
public static class TinyData
{
    /// <summary>A 28x28 data set with <paramref name="train"/> training and <paramref name="test"/> test images.</summary>
    public static Dataset Make(int train = 200, int test = 100, int seed = 7)
    {
        var rng = new Random(seed);
        DataSplit Split(int n)
        {
            var pixels = new byte[n * 784];
            var labels = new byte[n];
            for (var i = 0; i < n; i++)
            {
                var c = (byte)(i % 10);
                labels[i] = c;
                for (var p = 0; p < 784; p++) pixels[i * 784 + p] = (byte)rng.Next(0, 60);
                var row = 4 + 2 * c;
                for (var dy = 0; dy < 3; dy++)
                    for (var dx = 0; dx < 3; dx++)
                        pixels[i * 784 + (row + dy) * 28 + 12 + dx] = 255;
            }
            return new DataSplit(pixels, labels, 28, 28);
        }
        return new Dataset("tiny", Split(train), null, Split(test), "synthetic");
    }
}
