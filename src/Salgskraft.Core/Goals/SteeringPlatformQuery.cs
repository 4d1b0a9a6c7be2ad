using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Goals;

namespace Salgskraft.Core.Goals;

/// <summary>
/// One goal on the steering platform: its column (<c>Kind</c>: result or KPI), what it measures (<c>Metric</c>), its
/// figures today, the result goal a KPI goal is linked to (<c>SupportsGoalId</c>) and the actions under it.
/// </summary>
public sealed record PlatformGoalDto(
    int Id,
    GoalCategory Kind,
    GoalKind Metric,
    string? Subject,
    GoalUnit Unit,
    decimal Target,
    decimal? Actual,
    bool ActualIsManual,
    decimal Expected,
    decimal Forecast,
    TrafficLight Status,
    GoalAgreementState? Agreement,
    GoalParty? AwaitingAnswerFrom,
    int? SupportsGoalId,
    IReadOnlyList<GoalActionDto> Actions);

/// <summary>The individual steering platform (DOMAIN.md §2): one person's result and KPI goals for a period.</summary>
public sealed record SteeringPlatformDto(int PersonId, string PersonName, string Period, string Currency, IReadOnlyList<PlatformGoalDto> Goals);

/// <summary>
/// Builds a person's steering platform: their goals of the period (withdrawn ones left out), each evaluated today.
/// A salesperson sees their own; a manager may name one of their people.
/// </summary>
public sealed class SteeringPlatformQuery(SalgskraftDbContext db, GoalEvaluator evaluator, GoalService goals)
{
    public async Task<SteeringPlatformDto> GetAsync(AccessContext access, string? period, int? personId = null, CancellationToken cancellationToken = default)
    {
        var p = GoalRules.ParsePeriod(period ?? evaluator.Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var id = personId ?? access.PersonId
            ?? throw new ValidationFailedException("personId", GoalReasons.NotSignedInAsPerson());
        var person = await db.People(access.Scope).Where(x => x.Id == id).Select(x => new { x.Id, x.Name }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(AccessReasons.PersonNotFound(id));
        var stored = await db.Goals(access.Scope)
            .Where(g => g.OwnerLevel == GoalOwnerLevel.Person && g.OwnerId == id && g.PeriodStart == p.Start && g.PeriodEnd == p.End
                && g.AgreementState != GoalAgreementState.Withdrawn)
            .AsNoTracking().ToListAsync(cancellationToken);
        // Kinds are stored by name; the platform lists them in the kind's own order (revenue first).
        stored = [.. stored.OrderBy(g => (int)g.Kind).ThenBy(g => g.Id)];
        var actions = (await goals.ActionsAsync([.. stored.Select(g => g.Id)], cancellationToken)).ToLookup(a => a.GoalId);
        var country = GoalRules.Country(access.Company.Culture);
        var result = new List<PlatformGoalDto>();
        foreach (var g in stored)
        {
            var e = await evaluator.EvaluateAsync(g, country, cancellationToken);
            result.Add(new PlatformGoalDto(g.Id, g.Kind.Category(), g.Kind, g.Subject, g.Kind.Unit(), g.TargetInForce, e.Actual, e.ActualIsManual,
                e.Expected, e.Forecast, e.Status, g.AgreementState, g.AwaitingAnswerFrom, g.SupportsGoalId, [.. actions[g.Id]]));
        }

        return new SteeringPlatformDto(person.Id, person.Name, p.ToString(), access.Company.Currency, result);
    }
}
