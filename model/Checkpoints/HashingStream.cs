using System.Security.Cryptography;

namespace FFRepro.Model.Checkpoints;

/// <summary>Passes reads or writes through to <paramref name="inner"/> and hashes every byte that passes (SHA-256).</summary>
internal sealed class HashingStream(Stream inner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>Bytes passed so far.</summary>
    public long Count { get; private set; }

    /// <summary>SHA-256 of the bytes passed so far.</summary>
    public byte[] Hash() => _hash.GetCurrentHash();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.AppendData(buffer);
        Count += buffer.Length;
        inner.Write(buffer);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _hash.AppendData(buffer[..n]);
        Count += n;
        return n;
    }

    /// <summary>Reads exactly <paramref name="buffer"/>.Length bytes or throws <see cref="CheckpointException"/> (truncated).</summary>
    public void ReadAll(Span<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            var n = Read(buffer);
            if (n == 0) throw new CheckpointException("truncated: the file ends early");
            buffer = buffer[n..];
        }
    }

    public override bool CanRead => inner.CanRead;
    public override bool CanSeek => false;
    public override bool CanWrite => inner.CanWrite;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => Count; set => throw new NotSupportedException(); }
    public override void Flush() => inner.Flush();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _hash.Dispose();
        base.Dispose(disposing);
    }
}
