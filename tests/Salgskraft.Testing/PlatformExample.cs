using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Data;
using Salgskraft.Core.Sales;
using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Sales;

namespace Salgskraft.Testing;

/// <summary>
/// The worked example of DOMAIN.md §3 (seed 003's slide) as sales lines of Alfa in <see cref="Year"/>, on top of
/// <see cref="TestOrganization"/>: ten customers W01–W10 with the slide's revenue and margin, and W11 whose credit
/// cancels its sale. Seller 1 sells the odd ones and 0.6 M of W02; seller 2 the rest. Everyone but W08 and W10 also
/// bought in the year before, so those two are new. Seller 2 held 40 meetings at 2 500 with W04 (1.8 M): a sales
/// cost of 100 000. The aggregate is refreshed as every writer of lines must.
/// </summary>
public sealed class PlatformExample
{
    public const int Year = 2024;
    public const decimal MeetingCost = 2_500m;
    public const int MeetingsWithW04 = 40;

    /// <summary>External id, revenue, margin: the slide.</summary>
    public static readonly IReadOnlyList<(string Id, decimal Revenue, decimal Margin)> Slide =
    [
        ("W01", 22_500_000m, 0.22m), ("W02", 15_600_000m, 0.12m), ("W03", 12_600_000m, 0.14m), ("W04", 1_800_000m, 0.19m),
        ("W05", 1_500_000m, 0.21m), ("W06", 1_200_000m, 0.34m), ("W07", 700_000m, 0.24m), ("W08", 500_000m, 0.36m),
        ("W09", 300_000m, 0.23m), ("W10", 100_000m, 0.25m),
    ];

    /// <summary>W02's revenue and margin sold by seller 1 (the rest of W02 is seller 2's).</summary>
    public const decimal W02BySeller1 = 600_000m;

    public required TestOrganization Organization { get; init; }

    /// <summary>Customer id by external id (W01–W11).</summary>
    public required IReadOnlyDictionary<string, int> CustomerIds { get; init; }

    public required int Seller2PersonId { get; init; }

    public static async Task<PlatformExample> SeedAsync(IServiceProvider services)
    {
        var org = await TestOrganization.SeedAsync(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalgskraftDbContext>();
        var seller1 = org.Seller1PersonId;
        var seller2 = await db.People.Where(p => p.CompanyId == org.AlfaId && p.ExternalId == "P-S2").Select(p => p.Id).SingleAsync();

        var customers = Slide.Select(s => s.Id).Append("W11").Select((id, i) => new Customer
        {
            CompanyId = org.AlfaId,
            ExternalId = id,
            Name = "Eksempel " + id,
            OwnerId = i % 2 == 0 ? seller1 : seller2,
            UnitId = i % 2 == 0 ? org.NorthUnitId : org.SouthUnitId,
        }).ToList();
        db.Customers.AddRange(customers);
        await db.SaveChangesAsync();
        var ids = customers.ToDictionary(c => c.ExternalId, c => c.Id, StringComparer.Ordinal);

        var lines = new List<SalesLine>();
        void Add(string date, string customer, int seller, decimal revenue, decimal cost) => lines.Add(new SalesLine
        {
            CompanyId = org.AlfaId,
            Date = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            InvoiceNo = "W" + lines.Count.ToString(CultureInfo.InvariantCulture),
            LineNo = 1,
            CustomerId = ids[customer],
            SalespersonId = seller,
            Quantity = 1,
            Revenue = revenue,
            Cost = cost,
        });

        foreach (var (index, (id, revenue, margin)) in Slide.Index())
        {
            var seller = index % 2 == 0 ? seller1 : seller2;
            var bySeller = id == "W02" ? revenue - W02BySeller1 : revenue;
            // Two lines and a credit note that sum to the slide's figures.
            Add($"{Year}-03-15", id, seller, bySeller * 0.7m, bySeller * 0.7m * (1 - margin));
            Add($"{Year}-09-30", id, seller, (bySeller * 0.3m) + 1_000m, (bySeller * 0.3m * (1 - margin)) + 800m);
            Add($"{Year}-12-31", id, seller, -1_000m, -800m);
            if (id == "W02")
            {
                Add($"{Year}-06-01", id, seller1, W02BySeller1, W02BySeller1 * (1 - margin));
            }

            if (id is not ("W08" or "W10"))
            {
                Add($"{Year - 1}-06-01", id, seller, 10_000m, 5_000m);
            }
        }

        Add($"{Year}-05-05", "W11", seller2, 5_000m, 4_000m);
        Add($"{Year}-05-20", "W11", seller2, -5_000m, -4_000m);
        db.SalesLines.AddRange(lines);

        var meeting = await db.ActivityTypes.SingleAsync(t => t.CompanyId == org.AlfaId && t.Code == DefaultActivityTypes.Meeting);
        meeting.CostPerActivity = MeetingCost;
        db.Activities.AddRange(Enumerable.Range(0, MeetingsWithW04).Select(i => new Activity
        {
            CompanyId = org.AlfaId,
            PersonId = seller2,
            CustomerId = ids["W04"],
            ActivityTypeId = meeting.Id,
            Date = new DateOnly(Year, 1, 1).AddDays(i * 7),
            DurationMinutes = 60,
        }));
        await db.SaveChangesAsync();
        await SalesAggregate.RefreshAsync(db, org.AlfaId);
        return new PlatformExample { Organization = org, CustomerIds = ids, Seller2PersonId = seller2 };
    }
}
