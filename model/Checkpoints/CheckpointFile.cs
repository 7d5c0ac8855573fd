using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using static TorchSharp.torch;

namespace FFRepro.Model.Checkpoints;

/// <summary>
/// The checkpoint file format: the 8-byte magic <c>FFRCKPT1</c>, the file's total length (8 bytes), a 4-byte length
/// and a JSON <see cref="CheckpointHeader"/>, the raw bytes of each tensor in header order (native element layout), and
/// a SHA-256 of everything before it; integers little-endian. Reading verifies the whole file before it changes any state, so a damaged,
/// truncated or foreign checkpoint is refused with its reason and the training it was offered to stays untouched.
/// </summary>
internal static class CheckpointFile
{
    /// <summary>Format version written in the header.</summary>
    public const string Format = "ffrepro-checkpoint/2";

    private static readonly byte[] Magic = "FFRCKPT1"u8.ToArray();
    private const int HashBytes = 32;
    private const long ChunkElements = 1L << 24;   // tensors pass to and from the file in 16M-element slices

    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Writes <paramref name="state"/> after <paramref name="epoch"/> epochs and <paramref name="seconds"/> of training.</summary>
    public static void Write(Stream output, TrainingState state, int epoch, double seconds)
    {
        var entries = state.Entries();
        var header = new CheckpointHeader
        {
            Format = Format, Fingerprint = state.Fingerprint(), Training = state.Description(), Epoch = epoch, Seconds = seconds,
            DivergedAt = state.DivergedAt, Completed = state.Completed, Curves = state.Curves, RunningAccuracy = state.RunningAccuracy,
            Tensors = entries.Select(Layout).ToArray(),
        };
        using var hashing = new HashingStream(output);
        hashing.Write(Magic);
        var json = JsonSerializer.SerializeToUtf8Bytes(header, Json);
        var total = Magic.Length + 8 + 4 + json.Length + entries.Sum(e => e.Shape.Aggregate(1L, (a, b) => a * b) * ElementSize(e.Type)) + HashBytes;
        Span<byte> lengths = stackalloc byte[12];
        BinaryPrimitives.WriteInt64LittleEndian(lengths, total);
        BinaryPrimitives.WriteInt32LittleEndian(lengths[8..], json.Length);
        hashing.Write(lengths);
        hashing.Write(json);
        foreach (var entry in entries)
        {
            // Current() may alias the live tensor's storage on the CPU: the scope frees only what it created.
            using var scope = NewDisposeScope();
            var value = entry.Current();
            Transfer(value, hashing, write: true);
        }
        if (hashing.Count + HashBytes != total) throw new InvalidOperationException($"wrote {hashing.Count + HashBytes} checkpoint bytes, planned {total}");
        output.Write(hashing.Hash());
    }

    /// <summary>
    /// Restores <paramref name="state"/> from <paramref name="input"/> (seekable, positioned anywhere) and returns the
    /// epochs and seconds trained at the checkpoint. Throws <see cref="CheckpointException"/>, naming the problem and
    /// without touching the state, when the file is damaged, truncated, of another format or of another training.
    /// </summary>
    public static (int Epoch, double Seconds) Read(Stream input, TrainingState state)
    {
        Verify(input);
        input.Position = 0;
        var header = ReadHeader(input);
        if (header.Format != Format) throw new CheckpointException($"format '{header.Format}', expected '{Format}'");
        if (header.Fingerprint != state.Fingerprint())
            throw new CheckpointException($"belongs to another training ({Shorten(header.Training)}; this one: {Shorten(state.Description())}, or other data, device or threads)");
        var entries = state.Entries();
        var expected = entries.Select(Layout).ToArray();
        if (header.Tensors.Length != expected.Length || header.Tensors.Zip(expected).Any(p => !p.First.Matches(p.Second)))
            throw new CheckpointException($"holds tensors [{string.Join("; ", header.Tensors.Select(t => t.ToString()))}], this training has [{string.Join("; ", expected.Select(t => t.ToString()))}]");
        var runs = state.Curves.Length;
        if (header.Curves.Length != runs || header.RunningAccuracy.Length != runs || header.DivergedAt.Length != runs || header.Completed.Length != runs || header.Epoch < 1)
            throw new CheckpointException($"holds {header.Curves.Length} runs at epoch {header.Epoch}; this training has {runs}");

        // Verified and matching: from here on only an I/O error can stop the restore.
        foreach (var entry in entries)
        {
            using var scope = NewDisposeScope();
            var value = empty(entry.Shape, entry.Type);
            Transfer(value, input, write: false);
            entry.Restore(value);
        }
        for (var r = 0; r < runs; r++)
        {
            state.Curves[r].Clear();
            state.Curves[r].AddRange(header.Curves[r]);
            state.RunningAccuracy[r].Clear();
            state.RunningAccuracy[r].AddRange(header.RunningAccuracy[r]);
            state.DivergedAt[r] = header.DivergedAt[r];
            state.Completed[r] = header.Completed[r];
        }
        return (header.Epoch, header.Seconds);
    }

    /// <summary>Checks magic, length and the trailing SHA-256 of the whole file.</summary>
    private static void Verify(Stream input)
    {
        var length = input.Length;
        input.Position = 0;
        Span<byte> head = stackalloc byte[Magic.Length + 8];
        if (input.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length)
            throw new CheckpointException($"truncated: {length} bytes");
        if (!head[..Magic.Length].SequenceEqual(Magic)) throw new CheckpointException("not an FFRepro checkpoint (wrong magic)");
        var total = BinaryPrimitives.ReadInt64LittleEndian(head[Magic.Length..]);
        if (length < total) throw new CheckpointException($"truncated: {length} of {total} bytes");
        if (length > total) throw new CheckpointException($"damaged: {length} bytes, its header says {total}");
        input.Position = 0;
        using var hashing = new HashingStream(input);
        var buffer = new byte[1 << 20];
        for (var left = length - HashBytes; left > 0;)
        {
            var n = hashing.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (n == 0) throw new CheckpointException("truncated: the file ends early");
            left -= n;
        }
        var stored = new byte[HashBytes];
        input.ReadExactly(stored);
        if (!CryptographicOperations.FixedTimeEquals(stored, hashing.Hash()))
            throw new CheckpointException("damaged: its content does not match its SHA-256");
    }

    private static CheckpointHeader ReadHeader(Stream input)
    {
        Span<byte> head = stackalloc byte[Magic.Length + 12];
        input.ReadExactly(head);
        var length = BinaryPrimitives.ReadInt32LittleEndian(head[(Magic.Length + 8)..]);
        if (length <= 0 || length > input.Length) throw new CheckpointException($"damaged: header length {length}");
        var json = new byte[length];
        input.ReadExactly(json);
        try
        {
            return JsonSerializer.Deserialize<CheckpointHeader>(json, Json) ?? throw new CheckpointException("damaged: empty header");
        }
        catch (JsonException e)
        {
            throw new CheckpointException($"damaged header: {e.Message}");
        }
    }

    /// <summary>Copies a contiguous CPU tensor's bytes to (or fills them from) <paramref name="stream"/>, slice by slice.</summary>
    private static void Transfer(Tensor value, Stream stream, bool write)
    {
        var flat = value.view(-1);
        var n = flat.numel();
        for (long at = 0; at < n; at += ChunkElements)
        {
            using var slice = flat.narrow(0, at, Math.Min(ChunkElements, n - at));
            var bytes = slice.bytes;
            if (write) stream.Write(bytes);
            else stream.ReadExactly(bytes);
        }
    }

    private static long ElementSize(ScalarType type) => type switch
    {
        ScalarType.Byte or ScalarType.Int8 or ScalarType.Bool => 1,
        ScalarType.Int16 or ScalarType.Float16 or ScalarType.BFloat16 => 2,
        ScalarType.Int32 or ScalarType.Float32 => 4,
        ScalarType.Int64 or ScalarType.Float64 => 8,
        _ => throw new ArgumentException($"no checkpoint layout for {type}"),
    };

    private static TensorLayout Layout(CheckpointEntry e) => new(e.Name, e.Type.ToString(), e.Shape);

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "...";
}
