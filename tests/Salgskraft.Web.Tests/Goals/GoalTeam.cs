using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Salgskraft.Core.Data;
using Salgskraft.Core.Sales;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Deals;
using Salgskraft.Domain.Organization;
using Salgskraft.Domain.Sales;
using Salgskraft.Testing;

namespace Salgskraft.Web.Tests.Goals;

/// <summary>
/// Two teams under Alfa's north unit (so the north manager distributes in them), on top of <see cref="TestOrganization"/>.
/// Team X: Anne, Bård, Cecilie with last year (2025-03) 4 000 000 / 3 000 000 / 2 000 000, the last twelve months
/// (2026-02) 100 / 300 / 600, customer potential 1 000 / 1 000 / 2 000 and open pipeline 500 / 0 / 1 500 (a manager
/// in the team is never a receiver). Team Y: Dag and Eva with last year 3 000 000 / 1 000 000 and equal potential.
/// </summary>
public sealed record GoalTeam(TestOrganization Org, int TeamX, int TeamY, int Anne, int Bard, int Cecilie, int Dag, int Eva)
{
    public static async Task<GoalTeam> SeedAsync(SalgskraftApp app)
    {
        var org = await TestOrganization.SeedAsync(app);
        return await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<SalgskraftDbContext>();
            var teamX = new Unit { CompanyId = org.AlfaId, ExternalId = "X", Name = "Team X", ParentId = org.NorthUnitId };
            var teamY = new Unit { CompanyId = org.AlfaId, ExternalId = "Y", Name = "Team Y", ParentId = org.NorthUnitId };
            db.Units.AddRange(teamX, teamY);
            await db.SaveChangesAsync();
            var people = new[]
            {
                Person(org.AlfaId, "X1", "Anne", teamX.Id), Person(org.AlfaId, "X2", "Bård", teamX.Id), Person(org.AlfaId, "X3", "Cecilie", teamX.Id),
                Person(org.AlfaId, "Y1", "Dag", teamY.Id), Person(org.AlfaId, "Y2", "Eva", teamY.Id),
            };
            db.People.AddRange(people);
            db.People.Add(new Person { CompanyId = org.AlfaId, ExternalId = "XM", Name = "Xander Leder", Role = PersonRole.SalesManager, UnitId = teamX.Id });
            await db.SaveChangesAsync();
            var figures = new (decimal LastYear, decimal Trailing, decimal Potential, decimal Pipeline)[]
            {
                (4_000_000, 100, 1_000, 500), (3_000_000, 300, 1_000, 0), (2_000_000, 600, 2_000, 1_500), (3_000_000, 0, 1_000, 0), (1_000_000, 0, 1_000, 0),
            };
            var stage = await db.DealStages.Where(st => st.CompanyId == org.AlfaId).OrderBy(st => st.Order).FirstAsync();
            for (var i = 0; i < people.Length; i++)
            {
                var customer = new Customer
                {
                    CompanyId = org.AlfaId, ExternalId = "T" + people[i].ExternalId, Name = "Kunde " + people[i].Name, OwnerId = people[i].Id,
                    UnitId = people[i].UnitId, Potential = figures[i].Potential,
                };
                db.Customers.Add(customer);
                await db.SaveChangesAsync();
                db.SalesLines.Add(Line(org.AlfaId, "2025-03-10", "G" + i, customer.Id, people[i].Id, figures[i].LastYear));
                if (figures[i].Trailing > 0)
                {
                    db.SalesLines.Add(Line(org.AlfaId, "2026-02-10", "H" + i, customer.Id, people[i].Id, figures[i].Trailing));
                }

                if (figures[i].Pipeline > 0)
                {
                    db.Deals.Add(new Deal
                    {
                        CompanyId = org.AlfaId, CustomerId = customer.Id, PersonId = people[i].Id, Title = "Tilbud", Value = figures[i].Pipeline,
                        StageId = stage.Id, Status = DealStatus.Open, CreatedOn = new DateOnly(2026, 5, 1), StageChangedOn = new DateOnly(2026, 5, 1),
                    });
                }
            }

            await db.SaveChangesAsync();
            await SalesAggregate.RefreshAsync(db, org.AlfaId);
            return new GoalTeam(org, teamX.Id, teamY.Id, people[0].Id, people[1].Id, people[2].Id, people[3].Id, people[4].Id);
        });
    }

    private static Person Person(int companyId, string id, string name, int unitId) =>
        new() { CompanyId = companyId, ExternalId = id, Name = name, Role = PersonRole.Salesperson, UnitId = unitId };

    internal static SalesLine Line(int companyId, string date, string invoice, int customerId, int sellerId, decimal revenue, decimal cost = 0) => new()
    {
        CompanyId = companyId, Date = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), InvoiceNo = invoice, LineNo = 1,
        CustomerId = customerId, SalespersonId = sellerId, Quantity = 1, Revenue = revenue, Cost = cost,
    };
}
