using Microsoft.EntityFrameworkCore;
using Salgskraft.Domain.Customers;

namespace Salgskraft.Core.Import;

/// <summary>Customers (and the smaller potentials file), upserted by customer number. A column the file lacks is left as it is.</summary>
internal static class CustomerImport
{
    private sealed record Row(string Id, string? Name, string? Segment, int? Owner, int? Unit, decimal? Potential, bool? Development);

    public static async Task RunAsync(ImportRun run, CancellationToken ct)
    {
        var db = run.Db;
        var company = run.CompanyId;
        var people = await db.People.Where(p => p.CompanyId == company).ToDictionaryAsync(p => p.ExternalId, p => p.Id, StringComparer.Ordinal, ct);
        var units = await db.Units.Where(u => u.CompanyId == company).ToDictionaryAsync(u => u.ExternalId, u => u.Id, StringComparer.Ordinal, ct);
        var rows = new List<Row>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in run.ReadRows())
        {
            var before = run.Errors.Total;
            var id = run.Text(row, "customer_id", ImportRun.IdLength);
            var name = run.Text(row, "name", 200);
            var segment = run.Text(row, "segment", 100);
            var owner = run.Reference(row, "owner_id", run.Text(row, "owner_id", ImportRun.IdLength), people, ImportReasons.UnknownPerson);
            var unit = run.Reference(row, "unit_id", run.Text(row, "unit_id", ImportRun.IdLength), units, ImportReasons.UnknownUnit);
            if (row.IsValid && id is not null && run.Errors.Total == before && run.Unique(row, seen, "customer_id", id))
            {
                rows.Add(new Row(id, name, segment, owner, unit, row.GetDecimal("potential"), row.GetBool("development_customer")));
            }
        }

        if (run.Errors.HasErrors)
        {
            return;
        }

        var existing = await db.Customers.Where(c => c.CompanyId == company).ToDictionaryAsync(c => c.ExternalId, StringComparer.Ordinal, ct);
        foreach (var r in rows)
        {
            if (!existing.TryGetValue(r.Id, out var customer))
            {
                customer = db.Customers.Add(new Customer { CompanyId = company, ExternalId = r.Id, Name = r.Name ?? r.Id }).Entity;
            }
            else if (r.Name is not null)
            {
                customer.Name = r.Name;
            }

            if (run.IsMapped("segment"))
            {
                customer.Segment = r.Segment;
            }

            if (run.IsMapped("owner_id"))
            {
                customer.OwnerId = r.Owner;
            }

            if (run.IsMapped("unit_id"))
            {
                customer.UnitId = r.Unit;
            }

            if (run.IsMapped("potential"))
            {
                customer.Potential = r.Potential;
            }

            if (r.Development is { } development)
            {
                customer.IsDevelopmentCustomer = development;
            }
        }

        var counts = (await ChangeLog.SaveAsync(db, run.Batch.Id, ct)).GetValueOrDefault(nameof(Customer));
        (run.Added, run.Updated) = (counts.Added, counts.Modified);
    }

    /// <summary>A potentials file sets the yearly potential of customers the company already has.</summary>
    public static async Task RunPotentialsAsync(ImportRun run, CancellationToken ct)
    {
        var db = run.Db;
        var customers = await db.Customers.Where(c => c.CompanyId == run.CompanyId).ToDictionaryAsync(c => c.ExternalId, StringComparer.Ordinal, ct);
        var ids = customers.ToDictionary(c => c.Key, c => c.Value.Id, StringComparer.Ordinal);
        var potentials = new List<(Customer Customer, decimal Potential)>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in run.ReadRows())
        {
            var id = run.Text(row, "customer_id", ImportRun.IdLength);
            if (row.IsValid && id is not null && run.Reference(row, "customer_id", id, ids, ImportReasons.UnknownCustomer) is not null
                && run.Unique(row, seen, "customer_id", id) && row.GetDecimal("potential") is { } potential)
            {
                potentials.Add((customers[id], potential));
            }
        }

        if (run.Errors.HasErrors)
        {
            return;
        }

        foreach (var (customer, potential) in potentials)
        {
            customer.Potential = potential;
        }

        run.Updated = (await ChangeLog.SaveAsync(db, run.Batch.Id, ct)).GetValueOrDefault(nameof(Customer)).Modified;
    }
}
