using System.IO.Compression;
using FFRepro.Model.Trace.Npz;
using FFRepro.Specs.Model.Data;
using FFRepro.Specs.Paper;
using FFRepro.Specs.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FFRepro.Specs.Model.Trace;

public sealed class NpzFileSpecs
{
    [Property(MaxTest = 50)]
    public Property Arrays_round_trip_bit_for_bit(float[] floats, double[] doubles, long[] longs, byte[] bytes)
    {
        using var temp = new TempFolder();
        var path = temp.File("a.npz");
        NpzFile.Write(path, [NpyArray.Of("f", floats), NpyArray.Of("d", doubles), NpyArray.Of("l", longs), NpyArray.Of("meta.json", bytes)]);
        var back = NpzFile.Read(path);
        return (back["f"].Floats().Select(BitConverter.SingleToInt32Bits).SequenceEqual(floats.Select(BitConverter.SingleToInt32Bits))).Label("float32")
            .And(back["d"].Doubles().Select(BitConverter.DoubleToInt64Bits).SequenceEqual(doubles.Select(BitConverter.DoubleToInt64Bits))).Label("float64")
            .And(back["l"].Longs().SequenceEqual(longs)).Label("int64")
            .And(back["meta.json"].Data.SequenceEqual(bytes)).Label("uint8")
            .Classify(floats.Length == 0, "empty float array");
    }

    [Fact]
    public void A_two_dimensional_shape_survives_and_the_header_is_padded_to_64_bytes_ending_in_a_newline()
    {
        using var temp = new TempFolder();
        var path = temp.File("a.npz");
        NpzFile.Write(path, [NpyArray.Of("w", new float[6], 2, 3)]);
        Assert.Equal([2L, 3L], NpzFile.Read(path)["w"].Shape);
        using var zip = ZipFile.OpenRead(path);
        using var s = zip.GetEntry("w.npy")!.Open();
        var prefix = new byte[10];
        s.ReadExactly(prefix);
        var headerLength = BitConverter.ToUInt16(prefix, 8);
        var header = new byte[headerLength];
        s.ReadExactly(header);
        Assert.Equal(0, (10 + headerLength) % 64);
        Assert.Equal((byte)'\n', header[^1]);
        Assert.StartsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", System.Text.Encoding.ASCII.GetString(header), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_arrays_give_the_same_bytes()
    {
        using var temp = new TempFolder();
        NpyArray[] arrays = [NpyArray.Of("x", [1.0, 2.0]), NpyArray.Of("y", [3L])];
        NpzFile.Write(temp.File("a.npz"), arrays);
        NpzFile.Write(temp.File("b.npz"), arrays);
        Assert.Equal(File.ReadAllBytes(temp.File("a.npz")), File.ReadAllBytes(temp.File("b.npz")));
    }

    [Fact]
    public void A_file_numpy_wrote_is_read_with_its_shapes_and_values()
    {
        // np.savez of numpy 1.24.2 (specs/Model/Trace/fixtures/numpy-1.24.npz); the values are in the file's own script.
        var a = NpzFile.Read(Path.Combine(RepoPaths.Root, "specs", "Model", "Trace", "fixtures", "numpy-1.24.npz"));
        Assert.Equal([2L, 3L], a["f4"].Shape);
        Assert.Equal([1.5f, -2.25f, 3.0f, 0.1f, 1e-30f, -0.0f], a["f4"].Floats());
        Assert.Equal([Math.PI, -1e300, double.Epsilon], a["f8"].Doubles());
        Assert.Equal([-2L, -1, 0, 1, 2, 3], a["i8"].Longs());
        Assert.Equal("{\"a\": 1}"u8.ToArray(), a["u1"].Data);
    }

    [Fact]
    public void A_repeated_name_is_refused_and_nothing_is_left_behind()
    {
        using var temp = new TempFolder();
        Assert.Throws<ArgumentException>(() => NpzFile.Write(temp.File("a.npz"), [NpyArray.Of("x", [1L]), NpyArray.Of("x", [2L])]));
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void A_shape_that_does_not_hold_the_values_is_refused() =>
        Assert.Throws<ArgumentException>(() => NpyArray.Of("x", new float[5], 2, 3));
}
