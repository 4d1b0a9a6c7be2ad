using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Salgskraft.Domain.Customers;

namespace Salgskraft.Core.Import;

/// <summary>
/// Direct sales costs (travel, samples, commission, … booked on a customer), upserted by the voucher id
/// (<c>cost_id</c>). A file without one identifies a cost by date, customer and its occurrence among the rows of that
/// date and customer, so the same file imported again changes nothing and a corrected amount updates the cost. A cost is
/// booked on the file's salesperson, else on the customer's owner. Recorded in the change log, so undo removes the
/// costs the import added and restores those it changed.
/// </summary>
internal static class SalesCostImport
{
    private sealed record Row(string Key, DateOnly Date, int Customer, int? Person, decimal Amount, string? Note);

    public static async Task RunAsync(ImportRun run, CancellationToken ct)
    {
        var db = run.Db;
        var company = run.CompanyId;
        var people = await db.People.Where(p => p.CompanyId == company).ToDictionaryAsync(p => p.ExternalId, p => p.Id, StringComparer.Ordinal, ct);
        var customers = await db.Customers.Where(c => c.CompanyId == company)
            .Select(c => new { c.Id, c.ExternalId, c.OwnerId }).ToListAsync(ct);
        var customerIds = customers.ToDictionary(c => c.ExternalId, c => c.Id, StringComparer.Ordinal);
        var owners = customers.ToDictionary(c => c.Id, c => c.OwnerId);
        var rows = new List<Row>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in run.ReadRows())
        {
            var before = run.Errors.Total;
            var id = run.Text(row, "cost_id", ImportRun.IdLength);
            var customerKey = run.Text(row, "customer_id", ImportRun.IdLength);
            var customer = run.Reference(row, "customer_id", customerKey, customerIds, ImportReasons.UnknownCustomer);
            var person = run.Reference(row, "person_id", run.Text(row, "person_id", ImportRun.IdLength), people, ImportReasons.UnknownPerson);
            var note = run.Text(row, "note", 2000);
            var date = row.GetDate("date");
            var amount = row.GetDecimal("amount");
            if (!row.IsValid || run.Errors.Total != before || date is null || customer is null || amount is null)
            {
                continue;
            }

            var key = id ?? DerivedKey(date.Value, customerKey!, occurrences);
            if (run.Unique(row, seen, "cost_id", key))
            {
                rows.Add(new Row(key, date.Value, customer.Value, person ?? owners[customer.Value], amount.Value, note));
            }
        }

        if (run.Errors.HasErrors)
        {
            return;
        }

        var existing = await db.DirectSalesCosts.Where(c => c.CompanyId == company).ToDictionaryAsync(c => c.ExternalId, StringComparer.Ordinal, ct);
        foreach (var r in rows)
        {
            if (!existing.TryGetValue(r.Key, out var cost))
            {
                cost = db.DirectSalesCosts.Add(new DirectSalesCost { CompanyId = company, ExternalId = r.Key }).Entity;
            }

            (cost.Date, cost.CustomerId, cost.PersonId, cost.Amount) = (r.Date, r.Customer, r.Person, r.Amount);
            if (run.IsMapped("note"))
            {
                cost.Note = r.Note;
            }
        }

        var counts = (await ChangeLog.SaveAsync(db, run.Batch.Id, ct)).GetValueOrDefault(nameof(DirectSalesCost));
        (run.Added, run.Updated) = (counts.Added, counts.Modified);
    }

    /// <summary>A stable key for a row without a voucher id; rows of one date and customer are told apart by their order in the file.</summary>
    private static string DerivedKey(DateOnly date, string customer, Dictionary<string, int> occurrences)
    {
        var content = string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd}\u001f{customer}");
        var n = occurrences[content] = occurrences.GetValueOrDefault(content) + 1;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{content}\u001f{n}")));
        return "~" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
