using System.Globalization;
using System.Text;
using Salgskraft.Core.Import.Reading;

namespace Salgskraft.Core.Tests.Import.Reading;

/// <summary>Measures the whole heap, so it runs alone: other tests' allocations would count against it.</summary>
[CollectionDefinition(nameof(StreamingTests), DisableParallelization = true)]
[Collection(nameof(StreamingTests))]
public sealed class StreamingTests
{
    [Fact]
    public void Rows_HalfMillionLineUpload_MemoryStaysFlat()
    {
        const int lines = 500_000;
        using var upload = new GeneratedSalesStream(lines);
        using var session = ImportFileReader.Open(upload, "stor.csv", ImportKind.SalesLines);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        long count = 0;
        decimal revenue = 0;

        foreach (var row in session.Rows)
        {
            revenue += row.GetDecimal("revenue") ?? 0;
            if (++count % 100_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        Assert.False(session.Errors.HasErrors);
        Assert.Equal(lines, count);
        Assert.Equal(lines * 1234.50m, revenue);
        // The upload is about 30 MB (60 MB as .NET strings); what stays alive must not grow with it.
        Assert.True(peak < 16 * 1024 * 1024, $"retained memory grew by {peak / 1024 / 1024} MB");
    }

    /// <summary>A forward-only upload of N Nordic sales lines, produced as it is read.</summary>
    private sealed class GeneratedSalesStream(int lines) : Stream
    {
        private byte[] _pending = Encoding.UTF8.GetBytes("Dato;Fakturanr;Linjenr;Kundenr;Kundenavn;Omsetning;Kostpris\n");
        private int _offset;
        private int _line;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _pending.Length)
            {
                if (_line == lines)
                {
                    return 0;
                }

                var text = new StringBuilder();
                for (var i = 0; i < 1000 && _line < lines; i++, _line++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{1 + (_line % 28):00}.01.2025;{_line / 4};{1 + (_line % 4)};K{_line % 5000};Kunde Ærø {_line % 5000};1.234,50;1\u00a0000,25\n");
                }

                _pending = Encoding.UTF8.GetBytes(text.ToString());
                _offset = 0;
            }

            var n = Math.Min(count, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
