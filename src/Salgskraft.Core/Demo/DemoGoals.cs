using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Customers;
using Salgskraft.Core.Data;
using Salgskraft.Core.Goals;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Goals;

namespace Salgskraft.Core.Demo;

/// <summary>
/// The goals of the demo: Sara Lunde's individual steering platform exactly as in DOMAIN.md §2 (seed 003) for the
/// current year, each goal agreed between sales manager Mats Berg and Sara, with its linked KPIs and actions; and the
/// company's strategy "grow sales 30 % without campaigns or discounts" (seed 000) worked backwards into sub-goals.
/// </summary>
internal static class DemoGoals
{
    public static async Task LoadAsync(SalgskraftDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var company = await db.Companies.SingleAsync(c => c.Slug == DemoData.RegnskapPafunnSlug, ct);
        var sara = await db.People.SingleAsync(p => p.CompanyId == company.Id && p.ExternalId == DemoData.SteeringPlatformPersonExternalId, ct);
        var mats = await db.People.SingleAsync(p => p.CompanyId == company.Id && p.ExternalId == "MB", ct);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var year = Period.Year(today.Year);

        // Proposed by Mats and agreed by Sara early in the year (or just before today in the first days of January).
        var proposedAt = new DateTimeOffset(year.Start.AddDays(5).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        proposedAt = proposedAt < now.AddDays(-2) ? proposedAt : now.AddDays(-2);
        var agreedAt = proposedAt.AddDays(1);

        async Task<StoredGoal> Goal(GoalKind kind, decimal target, string? subject = null, StoredGoal? supports = null, decimal? manualActual = null,
            params (string Text, int DueMonth, GoalActionStatus Status)[] actions)
        {
            var goal = new StoredGoal
            {
                CompanyId = company.Id, OwnerLevel = GoalOwnerLevel.Person, OwnerId = sara.Id, PeriodKind = year.Kind, PeriodStart = year.Start,
                PeriodEnd = year.End, Kind = kind, Subject = subject, Target = target, AgreedTarget = target, Direction = kind.DefaultDirection(),
                SupportsGoalId = supports?.Id, ManualActual = manualActual, AgreementState = GoalAgreementState.Agreed, CreatedAt = proposedAt,
            };
            db.Goals.Add(goal);
            await db.SaveChangesAsync(ct);
            var agreement = GoalAgreement.Start(new GoalActor(GoalParty.Manager, mats.Id), target, proposedAt);
            agreement.Agree(new GoalActor(GoalParty.Salesperson, sara.Id), agreedAt);
            db.GoalAgreementSteps.AddRange(agreement.History.Select((e, i) => new GoalAgreementStep
            {
                GoalId = goal.Id, Sequence = i + 1, Action = e.Action, Party = e.Actor.Party, PersonId = e.Actor.PersonId, At = e.At, Target = e.Target,
                StateAfter = e.StateAfter,
            }));
            db.GoalActions.AddRange(actions.Select(a => new GoalActionItem
            {
                GoalId = goal.Id, Text = a.Text, OwnerPersonId = sara.Id, DueDate = new DateOnly(year.Start.Year, a.DueMonth, 1).AddMonths(1).AddDays(-1),
                Status = a.Status,
            }));
            return goal;
        }

        var revenue = await Goal(GoalKind.Revenue, 10_000_000m);
        await Goal(GoalKind.MarginPercent, 0.25m);
        await Goal(GoalKind.NewCustomerRevenue, 2_000_000m);
        await Goal(GoalKind.ProductGroupRevenue, 1_500_000m, DemoData.NewProductAreaGroupExternalId);
        await Goal(GoalKind.PipelineValue, 2_500_000m, supports: revenue, actions:
        [
            ("Sett av tid til salgsplanlegging hver uke", 12, GoalActionStatus.InProgress),
            ("Vær aktiv i nettverk", 12, GoalActionStatus.InProgress),
            ("Kartlegg de riktige kundene", 3, GoalActionStatus.Done),
        ]);
        await Goal(GoalKind.QualifiedMeetingsPerWeek, 10m, supports: revenue, actions:
        [
            ("Ring kunden", 12, GoalActionStatus.InProgress),
            ("Avtal tidspunkt for møtet", 12, GoalActionStatus.InProgress),
        ]);
        await Goal(GoalKind.ClosingRate, 0.75m, supports: revenue, actions:
        [
            ("Avdekk det reelle behovet", 6, GoalActionStatus.InProgress),
            ("Bygg løsningen sammen med kunden", 9, GoalActionStatus.Planned),
            ("Argumenter ut fra verdi", 9, GoalActionStatus.Planned),
        ]);
        // KTI comes from the customer survey, which is entered by hand until surveys are imported.
        await Goal(GoalKind.CustomerSatisfaction, 0.80m, manualActual: 0.82m);
        await db.SaveChangesAsync(ct);

        await StrategyAsync(db, company.Id, today, now, ct);
    }

    /// <summary>Seed 000's example: grow sales 30 % by the end of next year, from the twelve months up to the start of this year.</summary>
    private static async Task StrategyAsync(SalgskraftDbContext db, int companyId, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var start = new DateOnly(today.Year, 1, 1);
        var end = new DateOnly(today.Year + 1, 12, 31);
        var owner = new GoalOwnerScope(companyId, null);
        var startValue = await new GoalActuals(db, new CustomerPlatformQuery(SqlReads.Over(db))).MeasureAsync(owner, GoalKind.Revenue, null, start.AddYears(-1), start.AddDays(-1), HolidayCountry.Norway, ct) ?? 0;
        var target = decimal.Round(startValue * 1.3m, 0);
        var strategy = new Strategy
        {
            CompanyId = companyId, OwnerLevel = GoalOwnerLevel.Company, OwnerId = companyId,
            MainGoal = "Øke salget med 30 % uten kampanjer eller rabatter", Metric = GoalKind.Revenue, Target = target, StartDate = start,
            TargetDate = end, StartValue = startValue, CreatedAt = now,
        };
        strategy.Items.AddRange(
        [
            new() { Kind = StrategyItemKind.Choice, Text = "Selge verdi, ikke pris: ingen kampanjer eller rabatter" },
            new() { Kind = StrategyItemKind.Choice, Text = "Ta vare på og utvikle nøkkel- og stjernekundene" },
            new() { Kind = StrategyItemKind.Choice, Text = "Utvikle utvalgte spørsmålstegn-kunder til faste kunder" },
            new() { Kind = StrategyItemKind.Action, Text = "Individuelle styringsplattformer for alle selgere", Date = start.AddMonths(1) },
            new() { Kind = StrategyItemKind.Action, Text = "Salgsmøte med pipeline-gjennomgang hver mandag", Date = start.AddMonths(2) },
        ]);
        strategy.Items.AddRange(SubGoalPlan.PlaceBackwards(start, startValue, end, target, 3).Select(g => new StrategyItem
        {
            Kind = StrategyItemKind.SubGoal, Text = g.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Date = g.Date, Target = g.Target,
        }));
        db.Strategies.Add(strategy);
        await db.SaveChangesAsync(ct);
    }
}
