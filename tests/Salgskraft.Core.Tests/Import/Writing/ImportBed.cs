using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Data;
using Salgskraft.Core.Import;
using Salgskraft.Core.Import.Reading;
using Salgskraft.Core.Sales;
using Salgskraft.Testing;

namespace Salgskraft.Core.Tests.Import.Writing;

/// <summary>A migrated database with <see cref="TestOrganization"/>, and imports into its company Alfa.</summary>
internal sealed class ImportBed : IAsyncDisposable
{
    private ImportBed(TestDatabase database, TestOrganization org)
    {
        Database = database;
        Org = org;
    }

    public TestDatabase Database { get; }

    public TestOrganization Org { get; }

    public static async Task<ImportBed> CreateAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        await using var scope = database.Services.CreateAsyncScope();
        var org = await TestOrganization.SeedAsync(scope.ServiceProvider);

        // The seed writes lines without their aggregate; an import keeps it in step, so start in step.
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
        await SalesAggregate.RefreshAsync(db, org.AlfaId);
        await SalesAggregate.RefreshAsync(db, org.BetaId);
        return new ImportBed(database, org);
    }

    public Task<ImportResult> ImportAsync(ImportKind kind, string csv, bool strict = false, bool dryRun = false, string fileName = "file.csv",
        int? companyId = null) =>
        ImportAsync(kind, Encoding.UTF8.GetBytes(csv), strict, dryRun, fileName, companyId);

    public async Task<ImportResult> ImportAsync(ImportKind kind, byte[] bytes, bool strict = false, bool dryRun = false, string fileName = "file.csv",
        int? companyId = null, ReadOptions? options = null)
    {
        await using var scope = Database.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<Importer>();
        var request = new ImportRequest
        {
            CompanyId = companyId ?? Org.AlfaId, Kind = kind, FileName = fileName, ImportedBy = "test", Strict = strict, DryRun = dryRun,
            Options = options ?? ReadOptions.Default,
        };
        return await importer.ImportAsync(request, new MemoryStream(bytes), TestContext.Current.CancellationToken);
    }

    public async Task<ImportBatchInfo> UndoAsync(int batchId)
    {
        await using var scope = Database.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Importer>().UndoAsync(Org.AlfaId, batchId, "test", TestContext.Current.CancellationToken);
    }

    public async Task<T> QueryAsync<T>(Func<SalgskraftDbContext, Task<T>> query)
    {
        await using var scope = Database.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>());
    }

    /// <summary>Everything an import may write, as comparable text: equal snapshots mean the database is unchanged.</summary>
    public Task<string> SnapshotAsync() => QueryAsync(async db =>
    {
        var ct = TestContext.Current.CancellationToken;
        var text = new StringBuilder();
        foreach (var l in await db.SalesLines.AsNoTracking().OrderBy(l => l.Id).ToListAsync(ct))
        {
            text.AppendLine(FormattableString.Invariant($"L {l.Id} {l.CompanyId} {l.Date} {l.InvoiceNo} {l.LineNo} {l.CustomerId} {l.SalespersonId} {l.ProductId} {l.Quantity:0.####} {l.Revenue:0.####} {l.Cost:0.####}"));
        }

        foreach (var m in await db.CustomerMonthSales.AsNoTracking().OrderBy(m => m.CompanyId).ThenBy(m => m.CustomerId).ThenBy(m => m.SalespersonId).ThenBy(m => m.Month).ToListAsync(ct))
        {
            text.AppendLine(FormattableString.Invariant($"M {m.CompanyId} {m.CustomerId} {m.SalespersonId} {m.Month} {m.Revenue:0.####} {m.Cost:0.####} {m.NewProductRevenue:0.####} {m.Lines} {m.FirstPurchase}"));
        }

        foreach (var c in await db.Customers.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct))
        {
            text.AppendLine(FormattableString.Invariant($"C {c.Id} {c.CompanyId} {c.ExternalId} {c.Name} {c.Segment} {c.OwnerId} {c.UnitId} {c.Potential:0.####}"));
        }

        foreach (var p in await db.Products.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct))
        {
            text.AppendLine(FormattableString.Invariant($"P {p.Id} {p.ExternalId} {p.Name} {p.ProductGroupId} {p.IsNew}"));
        }

        foreach (var g in await db.ProductGroups.AsNoTracking().OrderBy(g => g.Id).ToListAsync(ct))
        {
            text.AppendLine(FormattableString.Invariant($"G {g.Id} {g.ExternalId} {g.Name} {g.IsNew}"));
        }

        foreach (var p in await db.People.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct))
        {
            text.AppendLine(FormattableString.Invariant($"E {p.Id} {p.ExternalId} {p.Name} {p.Email} {p.Role} {p.UnitId} {p.StartDate}"));
        }

        foreach (var u in await db.Units.AsNoTracking().OrderBy(u => u.Id).ToListAsync(ct))
        {
            text.AppendLine(FormattableString.Invariant($"U {u.Id} {u.ExternalId} {u.Name} {u.ParentId}"));
        }

        text.AppendLine(FormattableString.Invariant($"A {await db.Activities.CountAsync(ct)} D {await db.Deals.CountAsync(ct)} S {await db.SurveyAnswers.CountAsync(ct)}"));
        return text.ToString();
    });

    /// <summary>The snapshot plus the import history: an import with errors leaves both as they were.</summary>
    public async Task<string> SnapshotWithHistoryAsync() =>
        await SnapshotAsync() + await QueryAsync(db => db.ImportBatches.CountAsync(TestContext.Current.CancellationToken));

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
