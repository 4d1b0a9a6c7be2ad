using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Import.Reading;
using Salgskraft.Testing;

namespace Salgskraft.Core.Tests.Import.Writing;

public sealed class SalesLineImportTests
{
    internal const string Header = "Fakturanr;Linjenr;Dato;Kundenr;Kundenavn;Selger;Varenr;Varegruppe;Antall;Omsetning;Kostpris\n";

    private const string NewFile = Header
        + "F100;1;12.01.2026;K1;;P-S1;V1;G1;2;1 000,50;600,25\n"
        + "F100;2;12.01.2026;K1;;P-S1;V2;G1;1;200,00;50,00\n"
        + "F101;1;03.02.2026;K9;Ny Kunde AS;P-NEW;V1;G1;1;−300,00;−100,00\n";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_NewLines_AddsThemCreatesUnknownReferencesAndRefreshesTheAggregate(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await ImportBed.CreateAsync(provider);

        var result = await bed.ImportAsync(ImportKind.SalesLines, NewFile);

        Assert.True(result.Succeeded, string.Join(" | ", result.Errors));
        Assert.Equal((3, 3, 0, 0), (result.Counts.Rows, result.Counts.Added, result.Counts.Updated, result.Counts.Unchanged));
        Assert.Equal((1, 2, 1, 1), (result.Counts.CreatedCustomers, result.Counts.CreatedProducts, result.Counts.CreatedProductGroups, result.Counts.CreatedPeople));
        var k9 = await bed.QueryAsync(db => db.Customers.SingleAsync(c => c.CompanyId == bed.Org.AlfaId && c.ExternalId == "K9", ct));
        Assert.Equal("Ny Kunde AS", k9.Name);
        var line = await bed.QueryAsync(db => db.SalesLines.SingleAsync(l => l.CompanyId == bed.Org.AlfaId && l.InvoiceNo == "F100" && l.LineNo == 1, ct));
        Assert.Equal((new DateOnly(2026, 1, 12), 2m, 1000.50m, 600.25m, result.BatchId), (line.Date, line.Quantity, line.Revenue, line.Cost, line.ImportBatchId));
        var k9Month = await bed.QueryAsync(db => db.CustomerMonthSales.SingleAsync(m => m.CustomerId == k9.Id, ct));
        Assert.Equal((new DateOnly(2026, 2, 1), -300m, -100m, 1), (k9Month.Month, k9Month.Revenue, k9Month.Cost, k9Month.Lines));
        var k1Jan = await bed.QueryAsync(db => db.CustomerMonthSales.SingleAsync(m => m.CustomerId == bed.Org.Seller1CustomerId && m.Month == new DateOnly(2026, 1, 1), ct));
        Assert.Equal((1200.50m, 650.25m, 2), (k1Jan.Revenue, k1Jan.Cost, k1Jan.Lines));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_SameFileTwice_SecondChangesNothingAndSaysSo(string provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var first = await bed.ImportAsync(ImportKind.SalesLines, NewFile);
        var snapshot = await bed.SnapshotAsync();

        var second = await bed.ImportAsync(ImportKind.SalesLines, NewFile);

        Assert.True(second.Succeeded);
        Assert.Equal(new ImportCountsView(3, 0, 0, 3), ImportCountsView.Of(second));
        Assert.False(second.Counts.HasChanges);
        Assert.Equal(first.BatchId, second.SameFileAs?.Id);
        Assert.Equal(snapshot, await bed.SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_OverlappingPeriod_AddsOnlyNewAndUpdatesOnlyChanged(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await ImportBed.CreateAsync(provider);
        await bed.ImportAsync(ImportKind.SalesLines, NewFile);
        var overlapping = Header
            + "F100;1;12.01.2026;K1;;P-S1;V1;G1;2;1 000,50;600,25\n" // unchanged
            + "F100;2;14.02.2026;K1;;P-S1;V2;G1;1;250,00;50,00\n" // changed: date (another month) and revenue
            + "F101;1;03.02.2026;K9;Ny Kunde AS;P-NEW;V1;G1;1;−300,00;−100,00\n" // unchanged
            + "F102;1;01.03.2026;K9;;P-NEW;V1;G1;1;10,00;1,00\n"; // new

        var result = await bed.ImportAsync(ImportKind.SalesLines, overlapping);

        Assert.True(result.Succeeded, string.Join(" | ", result.Errors));
        Assert.Equal(new ImportCountsView(4, 1, 1, 2), ImportCountsView.Of(result));
        Assert.Equal(0, result.Counts.CreatedCustomers);
        var months = await bed.QueryAsync(db => db.CustomerMonthSales.Where(m => m.CustomerId == bed.Org.Seller1CustomerId && m.Month.Year == 2026 && m.Month.Month <= 2)
            .OrderBy(m => m.Month).Select(m => new { m.Month, m.Revenue, m.Lines }).ToListAsync(ct));
        Assert.Equal(1000.50m, months[0].Revenue); // January lost the moved line
        Assert.Equal(1000.50m + 250m, months[1].Revenue); // February: the seed's F1 and the moved line
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Undo_ImportThatAddedChangedAndCreated_RestoresTheDatabaseExactly(string provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var first = await bed.ImportAsync(ImportKind.SalesLines, NewFile);
        var afterFirst = await bed.SnapshotAsync();
        var second = await bed.ImportAsync(ImportKind.SalesLines, Header
            + "F100;2;14.02.2026;K1;;P-S1;V2;G1;1;250,00;50,00\n"
            + "F200;1;01.03.2026;K10;Tiende;P-S2;V3;G2;1;10,00;1,00\n");
        Assert.Equal(new ImportCountsView(2, 1, 1, 0), ImportCountsView.Of(second));

        var refused = await Assert.ThrowsAsync<Salgskraft.Core.Common.ValidationFailedException>(() => bed.UndoAsync(first.BatchId!.Value));
        Assert.Contains($"later import {second.BatchId}", refused.Message, StringComparison.Ordinal);

        await bed.UndoAsync(second.BatchId!.Value);
        Assert.Equal(afterFirst, await bed.SnapshotAsync());

        var empty = await ImportBed.CreateAsync(provider);
        await using (empty)
        {
            var original = await empty.SnapshotAsync();
            var batch = await empty.ImportAsync(ImportKind.SalesLines, NewFile);
            await empty.UndoAsync(batch.BatchId!.Value);
            Assert.Equal(original, await empty.SnapshotAsync());
        }

        await bed.UndoAsync(first.BatchId!.Value);
        var history = await bed.QueryAsync(db => db.ImportBatches.OrderBy(b => b.Id).Select(b => b.UndoneAt != null).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal([true, true], history);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_ContributionInsteadOfCostAndNoLineNumbers_CostFollowsAndLinesAreNumberedInTheirInvoice(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await ImportBed.CreateAsync(provider);
        var file = "invoice_no,date,customer_id,revenue,DB\nX1,2026-01-05,K1,100.25,40.05\nX2,2026-01-05,K1,10,1\nX1,2026-01-06,K1,50,50\n";

        var result = await bed.ImportAsync(ImportKind.SalesLines, file);

        Assert.True(result.Succeeded, string.Join(" | ", result.Errors));
        var lines = await bed.QueryAsync(db => db.SalesLines.Where(l => l.InvoiceNo.StartsWith("X")).OrderBy(l => l.InvoiceNo).ThenBy(l => l.LineNo)
            .Select(l => new { l.InvoiceNo, l.LineNo, l.Cost }).ToListAsync(ct));
        Assert.Equal([("X1", 1, 60.20m), ("X1", 2, 0m), ("X2", 1, 9m)], lines.Select(l => (l.InvoiceNo, l.LineNo, l.Cost)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_DryRun_CountsButWritesNothing(string provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var before = await bed.SnapshotWithHistoryAsync();

        var result = await bed.ImportAsync(ImportKind.SalesLines, NewFile, dryRun: true);

        Assert.True(result.Succeeded);
        Assert.Equal(new ImportCountsView(3, 3, 0, 0), ImportCountsView.Of(result));
        Assert.Null(result.BatchId);
        Assert.Equal(before, await bed.SnapshotWithHistoryAsync());
    }
}

internal sealed record ImportCountsView(long Rows, long Added, long Updated, long Unchanged)
{
    public static ImportCountsView Of(Core.Import.ImportResult result) =>
        new(result.Counts.Rows, result.Counts.Added, result.Counts.Updated, result.Counts.Unchanged);
}
