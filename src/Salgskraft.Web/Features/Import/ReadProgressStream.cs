namespace Salgskraft.Web.Features.Import;

/// <summary>
/// A read-only view of a seekable file that tells how many of its bytes have been consumed, so the wizard can show
/// a determinate progress bar without the Core knowing of it. The importer reads a file twice (once for its hash,
/// once for its rows), so progress is the bytes read over twice the length, at most 1. Leaves the file open.
/// </summary>
public sealed class ReadProgressStream(Stream inner, Action<double> progress) : Stream
{
    private long consumed;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position { get => inner.Position; set => inner.Position = value; }

    public override int Read(byte[] buffer, int offset, int count) => Consumed(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Consumed(inner.Read(buffer));

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Consumed(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Consumed(await inner.ReadAsync(buffer, cancellationToken));

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Consumed(int read)
    {
        consumed += read;
        var length = inner.Length;
        progress(length == 0 ? 1 : Math.Min(1, consumed / (2.0 * length)));
        return read;
    }
}
