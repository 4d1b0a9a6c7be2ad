using Microsoft.EntityFrameworkCore;
using Salgskraft.Domain.Sales;

namespace Salgskraft.Core.Import;

/// <summary>
/// Products with their group and whether they are new (Ansoff), upserted by product number. A group the company
/// does not have is created, named by <c>product_group_name</c> when the file gives it.
/// </summary>
internal static class ProductImport
{
    private sealed record Row(string Id, string? Name, string? Group, string? GroupName, bool? IsNew);

    public static async Task RunAsync(ImportRun run, CancellationToken ct)
    {
        var db = run.Db;
        var company = run.CompanyId;
        var rows = new List<Row>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in run.ReadRows())
        {
            var before = run.Errors.Total;
            var id = run.Text(row, "product_id", ImportRun.IdLength);
            var name = run.Text(row, "name", 200);
            var group = run.Text(row, "product_group", ImportRun.IdLength);
            var groupName = run.Text(row, "product_group_name", 200);
            if (row.IsValid && id is not null && run.Errors.Total == before && run.Unique(row, seen, "product_id", id))
            {
                rows.Add(new Row(id, name, group, groupName, row.GetBool("is_new")));
            }
        }

        if (run.Errors.HasErrors)
        {
            return;
        }

        var groups = await db.ProductGroups.Where(g => g.CompanyId == company).ToDictionaryAsync(g => g.ExternalId, StringComparer.Ordinal, ct);
        foreach (var r in rows.Where(r => r.Group is not null))
        {
            if (!groups.TryGetValue(r.Group!, out var group))
            {
                groups[r.Group!] = db.ProductGroups.Add(new ProductGroup { CompanyId = company, ExternalId = r.Group!, Name = r.GroupName ?? r.Group! }).Entity;
            }
            else if (r.GroupName is not null)
            {
                group.Name = r.GroupName;
            }
        }

        run.CreatedProductGroups = (await ChangeLog.SaveAsync(db, run.Batch.Id, ct)).GetValueOrDefault(nameof(ProductGroup)).Added;

        var existing = await db.Products.Where(p => p.CompanyId == company).ToDictionaryAsync(p => p.ExternalId, StringComparer.Ordinal, ct);
        foreach (var r in rows)
        {
            if (!existing.TryGetValue(r.Id, out var product))
            {
                product = db.Products.Add(new Product { CompanyId = company, ExternalId = r.Id, Name = r.Name ?? r.Id }).Entity;
            }
            else if (r.Name is not null)
            {
                product.Name = r.Name;
            }

            if (run.IsMapped("product_group"))
            {
                product.ProductGroupId = r.Group is null ? null : groups[r.Group].Id;
            }

            if (run.IsMapped("is_new"))
            {
                product.IsNew = r.IsNew ?? false;
            }
        }

        var counts = (await ChangeLog.SaveAsync(db, run.Batch.Id, ct)).GetValueOrDefault(nameof(Product));
        (run.Added, run.Updated) = (counts.Added, counts.Modified);
    }
}
