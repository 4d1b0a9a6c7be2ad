using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Salgskraft.Core.Import.Reading;

namespace Salgskraft.Core.Tests.Import.Reading;

public sealed class ReaderPropertyTests
{
    private static readonly byte[] ValidXlsx = XlsxTestWorkbook.Create(("Ark1",
    [
        ["Dato", "Kundenr", "Omsetning"],
        [new DateOnly(2025, 1, 12), "K1", 1234.5m],
    ]));

    [Property(MaxTest = 300)]
    public bool Open_AnyBytes_EndsInRowsOrClearError(byte[] bytes, bool asXlsx, ImportKind kind) =>
        ReadsToAnEnd(bytes, asXlsx ? "fil.xlsx" : "fil.csv", kind);

    [Property(MaxTest = 300)]
    public bool Open_CsvLikeText_EndsInRowsOrClearError(NonNull<string> text, ImportKind kind)
    {
        // Random text alone rarely forms CSV; prepend a real header so the row reader is exercised.
        var bytes = Encoding.UTF8.GetBytes("Dato;Kundenr;Omsetning\n" + text.Get);
        return ReadsToAnEnd(bytes, "fil.csv", kind) && ReadsToAnEnd(bytes, "fil.csv", ImportKind.SalesLines);
    }

    [Property(MaxTest = 200)]
    public Property Open_CorruptedXlsx_EndsInRowsOrClearError() =>
        Prop.ForAll(
            Gen.Choose(0, ValidXlsx.Length - 1).Two().Select(t => (Offset: t.Item1, Value: (byte)t.Item2)).ArrayOf().ToArbitrary(),
            changes =>
            {
                var bytes = (byte[])ValidXlsx.Clone();
                foreach (var (offset, value) in changes)
                {
                    bytes[offset] = value;
                }

                return ReadsToAnEnd(bytes, "fil.xlsx", ImportKind.SalesLines);
            });

    [Property(MaxTest = 100)]
    public bool Open_TruncatedXlsx_EndsInRowsOrClearError(PositiveInt cut) =>
        ReadsToAnEnd(ValidXlsx[..(cut.Get % ValidXlsx.Length)], "fil.xlsx", ImportKind.SalesLines);

    /// <summary>Opens and reads every row; any exception fails the property, and a session with no rows must say why.</summary>
    private static bool ReadsToAnEnd(byte[] bytes, string name, ImportKind kind)
    {
        using var session = ImportFileReader.Open(new MemoryStream(bytes), name, kind);
        var rows = session.Rows.Count();
        return rows > 0 || session.Errors.HasErrors || session.CanReadRows;
    }
}
