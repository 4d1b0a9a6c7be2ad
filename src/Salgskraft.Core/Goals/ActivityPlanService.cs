using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Deals;
using Salgskraft.Domain.Goals;

namespace Salgskraft.Core.Goals;

/// <summary>Working backwards from a revenue goal: how many months of history the ratios come from, and whether to save.</summary>
public sealed record ActivityPlanRequest(int HistoryMonths = 12, bool DryRun = true);

/// <summary>The activity a revenue goal needs (docs/goals.md §5), and the KPI goals proposed from it when saved.</summary>
public sealed record ActivityPlanDto(int GoalId, decimal RevenueToWin, decimal Weeks, ActivityHistory Own, ActivityHistory Team,
    IReadOnlyList<ActivityProposal> Proposals, IReadOnlyList<int> CreatedGoalIds);

/// <summary>
/// From a person's revenue goal, the won deals, quotes, qualified meetings and calls per week they need, using the
/// domain's <see cref="BackwardPlan"/> on their own history (and the team's, the people of their unit, as fallback).
/// Saved, it proposes the KPI goals it can express: qualified meetings per week, and call and quote counts for the
/// period, each linked to the revenue goal. Won deals have no KPI kind of their own and stay in the plan.
/// </summary>
public sealed class ActivityPlanService(SalgskraftDbContext db, GoalService goals, GoalEvaluator evaluator, GoalActuals actuals, TimeProvider clock)
{
    public async Task<ActivityPlanDto> PlanAsync(AccessContext access, int goalId, ActivityPlanRequest request, CancellationToken cancellationToken = default)
    {
        var goal = await goals.FindAsync(access, goalId, cancellationToken);
        if (goal.Kind != GoalKind.Revenue || goal.OwnerLevel != GoalOwnerLevel.Person)
        {
            throw new ValidationFailedException("goalId", GoalReasons.ActivityFromRevenueGoal());
        }

        if (request.HistoryMonths is < 1 or > 60)
        {
            throw new ValidationFailedException("historyMonths", GoalReasons.HistoryMonths());
        }

        var today = evaluator.Today;
        var country = GoalRules.Country(access.Company.Culture);
        var period = goal.Period;
        var from = today < period.Start ? period.Start : today.AddDays(1);
        var weeks = WorkingDays.Weeks(country, from, period.End);
        if (weeks == 0)
        {
            throw new ValidationFailedException("goalId", GoalReasons.NoWorkingDaysLeft());
        }

        var measured = await actuals.MeasureAsync(new GoalOwnerScope(goal.CompanyId, [goal.OwnerId]), GoalKind.Revenue, null, period.Start,
            today < period.End ? today : period.End, country, cancellationToken) ?? 0;
        var toWin = Math.Max(0, goal.TargetInForce - measured);
        var windowFrom = today.AddMonths(-request.HistoryMonths).AddDays(1);
        var own = await HistoryAsync(goal.CompanyId, [goal.OwnerId], windowFrom, today, cancellationToken);
        var unit = await db.People.Where(p => p.Id == goal.OwnerId).Select(p => p.UnitId).SingleAsync(cancellationToken);
        var teamPeople = unit is null ? [goal.OwnerId] : await db.People.Where(p => p.CompanyId == goal.CompanyId && p.UnitId == unit).Select(p => p.Id).ToListAsync(cancellationToken);
        var team = await HistoryAsync(goal.CompanyId, teamPeople, windowFrom, today, cancellationToken);
        var proposals = BackwardPlan.Propose(toWin, weeks, own, team);

        var created = new List<int>();
        if (!request.DryRun)
        {
            foreach (var p in proposals.Where(p => p.Total is not null))
            {
                (GoalKind Kind, string? Subject, decimal Target)? proposed = p.Measure switch
                {
                    ActivityMeasure.QualifiedMeetings => (GoalKind.QualifiedMeetingsPerWeek, null, p.PerWeek!.Value),
                    ActivityMeasure.Calls => (GoalKind.ActivityCount, DefaultActivityTypes.Call, p.Total!.Value),
                    ActivityMeasure.Quotes => (GoalKind.ActivityCount, DefaultActivityTypes.Quote, p.Total!.Value),
                    _ => null,
                };
                if (proposed is not var (kind, subject, target))
                {
                    continue;
                }

                var kpi = new StoredGoal
                {
                    CompanyId = goal.CompanyId, OwnerLevel = GoalOwnerLevel.Person, OwnerId = goal.OwnerId, PeriodKind = period.Kind,
                    PeriodStart = period.Start, PeriodEnd = period.End, Kind = kind, Subject = subject, Target = target,
                    Direction = kind.DefaultDirection(), SupportsGoalId = goal.Id, CreatedAt = clock.GetUtcNow(),
                };
                await goals.AddAsync(access, kpi, null, cancellationToken);
                created.Add(kpi.Id);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return new ActivityPlanDto(goal.Id, toWin, weeks, own, team, proposals, created);
    }

    /// <summary>Counts in the window: won deals and their value, deals that reached a quote stage, qualified meetings, calls.</summary>
    private async Task<ActivityHistory> HistoryAsync(int companyId, IReadOnlyList<int> people, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var deals = db.Deals.Where(d => d.CompanyId == companyId && people.Contains(d.PersonId));
        var won = deals.Where(d => d.Status == DealStatus.Won && d.ClosedOn >= from && d.ClosedOn <= to);
        var quoteStages = db.DealStages.Where(s => s.CompanyId == companyId && s.IsQuote).Select(s => s.Id);
        var quotes = await deals.CountAsync(d => db.DealStageChanges.Any(c => c.DealId == d.Id && quoteStages.Contains(c.ToStageId)
            && c.ChangedOn >= from && c.ChangedOn <= to), ct);
        var activities = db.Activities.Where(a => a.CompanyId == companyId && people.Contains(a.PersonId) && a.Date >= from && a.Date <= to);
        var meetings = await activities.CountAsync(a => a.Qualified && db.ActivityTypes.Any(t => t.Id == a.ActivityTypeId && t.Code == DefaultActivityTypes.Meeting), ct);
        var calls = await activities.CountAsync(a => db.ActivityTypes.Any(t => t.Id == a.ActivityTypeId && t.Code == DefaultActivityTypes.Call), ct);
        return new ActivityHistory(await won.CountAsync(ct), await won.SumAsync(d => d.Value, ct), quotes, meetings, calls);
    }
}
