using Microsoft.EntityFrameworkCore;
using Salgskraft.Domain.Deals;

namespace Salgskraft.Core.Import;

/// <summary>
/// Deals, upserted by the CRM's deal id. The stage is one of the company's stages by name (unknown: an error; none
/// given for a new deal: the first stage). A new deal needs its customer and salesperson; a stage change is kept
/// as a <see cref="DealStageChange"/> so the funnel sees the deal moved.
/// </summary>
internal static class DealImport
{
    private sealed record Row(string Id, int? Customer, int? Person, int? Group, string? Title, decimal? Value, DealStage? Stage,
        DateOnly? ExpectedClose, DealStatus? Status, string? LostReason, long Line);

    private static readonly (string Text, DealStatus Status)[] Statuses =
    [
        ("open", DealStatus.Open), ("åpen", DealStatus.Open), ("åben", DealStatus.Open), ("aktiv", DealStatus.Open), ("active", DealStatus.Open),
        ("won", DealStatus.Won), ("vunnet", DealStatus.Won), ("vundet", DealStatus.Won), ("lost", DealStatus.Lost), ("tapt", DealStatus.Lost),
        ("tabt", DealStatus.Lost),
    ];

    public static async Task RunAsync(ImportRun run, CancellationToken ct)
    {
        var db = run.Db;
        var company = run.CompanyId;
        var people = await db.People.Where(p => p.CompanyId == company).ToDictionaryAsync(p => p.ExternalId, p => p.Id, StringComparer.Ordinal, ct);
        var customers = await db.Customers.Where(c => c.CompanyId == company).ToDictionaryAsync(c => c.ExternalId, c => c.Id, StringComparer.Ordinal, ct);
        var groups = await db.ProductGroups.Where(g => g.CompanyId == company).ToDictionaryAsync(g => g.ExternalId, g => g.Id, StringComparer.Ordinal, ct);
        var stages = await db.DealStages.Where(s => s.CompanyId == company).OrderBy(s => s.Order).ToListAsync(ct);
        var existing = await db.Deals.Where(d => d.CompanyId == company && d.ExternalId != null).ToDictionaryAsync(d => d.ExternalId!, StringComparer.Ordinal, ct);
        var rows = new List<Row>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in run.ReadRows())
        {
            var before = run.Errors.Total;
            var id = run.Text(row, "deal_id", ImportRun.IdLength);
            var customer = run.Reference(row, "customer_id", run.Text(row, "customer_id", ImportRun.IdLength), customers, ImportReasons.UnknownCustomer);
            var person = run.Reference(row, "person_id", run.Text(row, "person_id", ImportRun.IdLength), people, ImportReasons.UnknownPerson);
            var group = run.Reference(row, "product_group", run.Text(row, "product_group", ImportRun.IdLength), groups, ImportReasons.UnknownProductGroup);
            var stageText = row.Get("stage");
            var stage = stages.Find(s => string.Equals(s.Name, stageText, StringComparison.OrdinalIgnoreCase));
            if (stageText is not null && stage is null)
            {
                run.Error(row, "stage", stageText, ImportReasons.UnknownDealStage(string.Join(", ", stages.Select(s => s.Name))));
            }

            var status = ParseStatus(run, row);
            if (id is not null && !existing.ContainsKey(id))
            {
                if (customer is null && row.Get("customer_id") is null)
                {
                    run.Error(row, "customer_id", null, ImportReasons.NewDealNeedsCustomer());
                }

                if (person is null && row.Get("person_id") is null)
                {
                    run.Error(row, "person_id", null, ImportReasons.NewDealNeedsSalesperson());
                }
            }

            if (row.IsValid && id is not null && run.Errors.Total == before && run.Unique(row, seen, "deal_id", id))
            {
                rows.Add(new Row(id, customer, person, group, run.Text(row, "title", 200), row.GetDecimal("value"), stage,
                    row.GetDate("expected_close"), status, run.Text(row, "lost_reason", 500), row.Line));
            }
        }

        if (run.Errors.HasErrors || stages.Count == 0)
        {
            if (stages.Count == 0)
            {
                run.Errors.Add(0, null, null, ImportReasons.NoDealStages());
            }

            return;
        }

        var moves = new List<(Deal Deal, int? From)>();
        foreach (var r in rows)
        {
            if (!existing.TryGetValue(r.Id, out var deal))
            {
                var stage = r.Stage ?? stages[0];
                deal = db.Deals.Add(new Deal
                {
                    CompanyId = company, ExternalId = r.Id, Title = r.Title ?? r.Id, CustomerId = r.Customer!.Value, PersonId = r.Person!.Value,
                    StageId = stage.Id, CreatedOn = run.Today, StageChangedOn = run.Today,
                }).Entity;
                moves.Add((deal, null));
            }
            else
            {
                if (r.Title is not null)
                {
                    deal.Title = r.Title;
                }

                if (r.Customer is { } customer)
                {
                    deal.CustomerId = customer;
                }

                if (r.Person is { } person)
                {
                    deal.PersonId = person;
                }

                if (r.Stage is { } stage && stage.Id != deal.StageId)
                {
                    moves.Add((deal, deal.StageId));
                    deal.StageId = stage.Id;
                    deal.StageChangedOn = run.Today;
                }
            }

            if (run.IsMapped("product_group"))
            {
                deal.ProductGroupId = r.Group;
            }

            if (r.Value is { } value)
            {
                deal.Value = value;
            }

            if (run.IsMapped("expected_close"))
            {
                deal.ExpectedClose = r.ExpectedClose;
            }

            if (r.Status is { } status && status != deal.Status)
            {
                deal.Status = status;
                deal.ClosedOn = status == DealStatus.Open ? null : r.ExpectedClose ?? run.Today;
            }

            if (run.IsMapped("lost_reason"))
            {
                deal.LostReason = r.LostReason;
            }
        }

        var counts = (await ChangeLog.SaveAsync(db, run.Batch.Id, ct)).GetValueOrDefault(nameof(Deal));
        (run.Added, run.Updated) = (counts.Added, counts.Modified);
        foreach (var (deal, from) in moves)
        {
            db.DealStageChanges.Add(new DealStageChange { CompanyId = company, DealId = deal.Id, FromStageId = from, ToStageId = deal.StageId, ChangedOn = run.Today });
        }

        await ChangeLog.SaveAsync(db, run.Batch.Id, ct);
    }

    private static DealStatus? ParseStatus(ImportRun run, Reading.ImportRow row)
    {
        var text = row.Get("status");
        if (text is null)
        {
            return null;
        }

        foreach (var (name, status) in Statuses)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return status;
            }
        }

        run.Error(row, "status", text, ImportReasons.UnknownDealOutcome());
        return null;
    }
}
