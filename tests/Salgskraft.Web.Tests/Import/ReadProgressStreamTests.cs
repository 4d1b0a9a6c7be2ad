using Salgskraft.Web.Features.Import;

namespace Salgskraft.Web.Tests.Import;

public sealed class ReadProgressStreamTests
{
    [Fact]
    public async Task Read_TwoPassesAsTheImporterReads_HalfThenWhole()
    {
        var ct = TestContext.Current.CancellationToken;
        var reported = new List<double>();
        await using var stream = new ReadProgressStream(new MemoryStream(new byte[10_000]), reported.Add);
        var buffer = new byte[4_096];

        while (await stream.ReadAsync(buffer, ct) > 0)
        {
        }

        Assert.Equal(0.5, reported[^1]);
        stream.Position = 0;
        while (stream.Read(buffer, 0, buffer.Length) > 0)
        {
        }

        Assert.Equal(1.0, reported[^1]);
        Assert.Equal(reported.Order(), reported); // never goes back, not even when the file is read again
    }
}
