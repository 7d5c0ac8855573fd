namespace FFRepro.Model.Trace.Npz;

/// <summary>
/// One array of an .npz file: a name, numpy's type code, a C-order shape and the little-endian element bytes.
/// Supported element types: <c>&lt;f4</c> (float32), <c>&lt;f8</c> (float64), <c>&lt;i8</c> (int64), <c>|u1</c> (uint8).
/// </summary>
/// <param name="Name">Key in the archive (the entry is <c>Name.npy</c>).</param>
/// <param name="Descr">numpy dtype string.</param>
/// <param name="Shape">Dimensions, outermost first; empty for a scalar.</param>
/// <param name="Data">Elements in C order, little-endian; its length is the element size times the product of the shape.</param>
public sealed record NpyArray(string Name, string Descr, long[] Shape, byte[] Data)
{
    /// <summary>A float32 array.</summary>
    public static NpyArray Of(string name, float[] values, params long[] shape) => Make(name, "<f4", values, shape);

    /// <summary>A float64 array.</summary>
    public static NpyArray Of(string name, double[] values, params long[] shape) => Make(name, "<f8", values, shape);

    /// <summary>An int64 array.</summary>
    public static NpyArray Of(string name, long[] values, params long[] shape) => Make(name, "<i8", values, shape);

    /// <summary>A uint8 array (used for UTF-8 JSON text).</summary>
    public static NpyArray Of(string name, byte[] values) => new(name, "|u1", [values.LongLength], values);

    /// <summary>The elements as float32; throws unless <see cref="Descr"/> is <c>&lt;f4</c>.</summary>
    public float[] Floats() => As<float>("<f4");

    /// <summary>The elements as float64; throws unless <see cref="Descr"/> is <c>&lt;f8</c>.</summary>
    public double[] Doubles() => As<double>("<f8");

    /// <summary>The elements as int64; throws unless <see cref="Descr"/> is <c>&lt;i8</c>.</summary>
    public long[] Longs() => As<long>("<i8");

    private T[] As<T>(string descr) where T : unmanaged
    {
        if (Descr != descr) throw new InvalidDataException($"array '{Name}' is {Descr}, not {descr}.");
        var result = new T[Data.Length / System.Runtime.CompilerServices.Unsafe.SizeOf<T>()];
        Buffer.BlockCopy(Data, 0, result, 0, Data.Length);
        return result;
    }

    private static NpyArray Make<T>(string name, string descr, T[] values, long[] shape) where T : unmanaged
    {
        if (shape.Length == 0) shape = [values.LongLength];
        if (shape.Aggregate(1L, (a, b) => a * b) != values.LongLength)
            throw new ArgumentException($"array '{name}': shape ({string.Join(", ", shape)}) does not hold {values.Length} values.");
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("npz output needs a little-endian machine.");
        var bytes = new byte[values.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>()];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        return new NpyArray(name, descr, shape, bytes);
    }
}
