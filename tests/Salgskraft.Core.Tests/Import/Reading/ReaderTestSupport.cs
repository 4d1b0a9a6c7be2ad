using Salgskraft.Core.Import.Reading;

namespace Salgskraft.Core.Tests.Import.Reading;

/// <summary>Opens the checked-in files and in-memory content, and reads sessions to the end.</summary>
internal static class ReaderTestSupport
{
    public static string FilePath(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "Files", name);

    public static (ReadSession Session, List<ImportRow> Rows) ReadFile(string name, ImportKind kind = ImportKind.SalesLines, ReadOptions? options = null)
    {
        var stream = File.OpenRead(FilePath(name));
        return ReadAll(stream, name, kind, options);
    }

    public static (ReadSession Session, List<ImportRow> Rows) ReadBytes(byte[] bytes, string name = "file.csv", ImportKind kind = ImportKind.SalesLines, ReadOptions? options = null) =>
        ReadAll(new MemoryStream(bytes), name, kind, options);

    public static (ReadSession Session, List<ImportRow> Rows) ReadAll(Stream stream, string name, ImportKind kind, ReadOptions? options)
    {
        var session = ImportFileReader.Open(stream, name, kind, options);
        var rows = session.Rows.ToList();
        return (session, rows);
    }

    public static string Describe(ImportErrorCollector errors) => string.Join(" | ", errors.Kept);
}

/// <summary>A stream that cannot seek, as an HTTP upload body is.</summary>
internal sealed class ForwardOnlyStream(Stream inner) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
