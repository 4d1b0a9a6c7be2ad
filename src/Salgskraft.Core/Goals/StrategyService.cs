using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Goals;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Goals;

/// <summary>A new strategy; <paramref name="SubGoals"/> sub-goals are placed backwards from the main goal when none are given.</summary>
public sealed record CreateStrategyRequest(
    string MainGoal,
    GoalKind Metric,
    decimal Target,
    DateOnly TargetDate,
    GoalOwnerLevel OwnerLevel,
    int OwnerId,
    DateOnly? StartDate = null,
    IReadOnlyList<string>? Choices = null,
    IReadOnlyList<StrategyActionInput>? Actions = null,
    int SubGoals = 3);

public sealed record StrategyActionInput(string Text, DateOnly? Date = null);

public sealed record StrategyItemDto(int Id, StrategyItemKind Kind, string Text, DateOnly? Date, decimal? Target);

/// <summary>A point of the path: the metric measured at a month's end (the twelve months up to it for money kinds).</summary>
public sealed record StrategyPoint(DateOnly Date, decimal Value);

/// <summary>A strategy with its plan and the actual path so far, for the timeline.</summary>
public sealed record StrategyDto(
    int Id, string MainGoal, GoalKind Metric, GoalUnit Unit, decimal Target, DateOnly StartDate, DateOnly TargetDate, decimal StartValue,
    GoalOwnerLevel OwnerLevel, int OwnerId, IReadOnlyList<StrategyItemDto> Items, IReadOnlyList<StrategyPoint> ActualPath, string Currency);

/// <summary>
/// Strategies worked backwards (docs/goals.md §8): the starting point is measured from the data when the strategy is
/// made, sub-goals are placed backwards from the main goal with <see cref="SubGoalPlan"/>, and the actual path is the
/// metric measured at each month's end from the start to today. Money metrics are measured over the twelve months up
/// to a date (a yearly level, so "grow sales 30 %" compares like with like); margin likewise; the other metrics over
/// the month.
/// </summary>
public sealed class StrategyService(SalgskraftDbContext db, GoalActuals actuals, GoalEvaluator evaluator, TimeProvider clock)
{
    public async Task<IReadOnlyList<StrategyDto>> ListAsync(AccessContext access, CancellationToken cancellationToken = default)
    {
        var ids = await db.Strategies(access.Scope).OrderBy(s => s.TargetDate).Select(s => s.Id).ToListAsync(cancellationToken);
        var result = new List<StrategyDto>();
        foreach (var id in ids)
        {
            result.Add(await GetAsync(access, id, cancellationToken));
        }

        return result;
    }

    public async Task<StrategyDto> GetAsync(AccessContext access, int id, CancellationToken cancellationToken = default)
    {
        var s = await db.Strategies(access.Scope).Include(x => x.Items).AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken)
            ?? throw new NotFoundException(AccessReasons.StrategyNotFound(id));
        var owner = await actuals.ScopeAsync(s.CompanyId, s.OwnerLevel, s.OwnerId, cancellationToken);
        var path = new List<StrategyPoint>();
        var country = GoalRules.Country(access.Company.Culture);
        var today = evaluator.Today;
        for (var month = new DateOnly(s.StartDate.Year, s.StartDate.Month, 1); month <= today && month <= s.TargetDate; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1).AddDays(-1);
            var asOf = end < today ? end : today;
            path.Add(new StrategyPoint(asOf, await MeasureAtAsync(owner, s.Metric, asOf, country, cancellationToken) ?? 0));
        }

        var items = s.Items.OrderBy(i => i.Kind).ThenBy(i => i.Date).ThenBy(i => i.Id)
            .Select(i => new StrategyItemDto(i.Id, i.Kind, i.Text, i.Date, i.Target)).ToList();
        return new StrategyDto(s.Id, s.MainGoal, s.Metric, s.Metric.Unit(), s.Target, s.StartDate, s.TargetDate, s.StartValue, s.OwnerLevel, s.OwnerId,
            items, path, access.Company.Currency);
    }

    public async Task<StrategyDto> CreateAsync(AccessContext access, CreateStrategyRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request.MainGoal))
        {
            throw new ValidationFailedException("mainGoal", GoalReasons.MainGoalNeedsText());
        }

        var ownerVisible = request.OwnerLevel switch
        {
            GoalOwnerLevel.Person => await db.People(access.Scope).AnyAsync(p => p.Id == request.OwnerId, cancellationToken),
            GoalOwnerLevel.Unit => access.Role != AccessRole.Salesperson && await db.Units(access.Scope).AnyAsync(u => u.Id == request.OwnerId, cancellationToken),
            _ => access.Scope.IsWholeCompany && request.OwnerId == access.Company.Id,
        };
        if (!ownerVisible)
        {
            throw new ValidationFailedException("ownerId", request.OwnerLevel switch
            {
                GoalOwnerLevel.Person => GoalReasons.NoPersonForStrategy(request.OwnerId),
                GoalOwnerLevel.Unit => GoalReasons.NoUnitForStrategy(request.OwnerId),
                _ => GoalReasons.NoCompanyForStrategy(request.OwnerId),
            });
        }

        var start = request.StartDate ?? evaluator.Today;
        IReadOnlyList<PlannedSubGoal> subGoals;
        var owner = await actuals.ScopeAsync(access.Company.Id, request.OwnerLevel, request.OwnerId, cancellationToken);
        var startValue = await MeasureAtAsync(owner, request.Metric, start, GoalRules.Country(access.Company.Culture), cancellationToken) ?? 0;
        try
        {
            subGoals = SubGoalPlan.PlaceBackwards(start, startValue, request.TargetDate, request.Target, request.SubGoals);
        }
        catch (ArgumentException e) when (GoalReasons.OfRefusal(e) is { } rule)
        {
            throw new ValidationFailedException(e.ParamName == "count" ? "subGoals" : "targetDate", rule);
        }

        var strategy = new Strategy
        {
            CompanyId = access.Company.Id, OwnerLevel = request.OwnerLevel, OwnerId = request.OwnerId, MainGoal = request.MainGoal.Trim(),
            Metric = request.Metric, Target = request.Target, StartDate = start, TargetDate = request.TargetDate, StartValue = startValue,
            CreatedAt = clock.GetUtcNow(),
        };
        strategy.Items.AddRange((request.Choices ?? []).Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => new StrategyItem { Kind = StrategyItemKind.Choice, Text = c.Trim() }));
        strategy.Items.AddRange((request.Actions ?? []).Where(a => !string.IsNullOrWhiteSpace(a.Text))
            .Select(a => new StrategyItem { Kind = StrategyItemKind.Action, Text = a.Text.Trim(), Date = a.Date }));
        strategy.Items.AddRange(subGoals.Select(g => new StrategyItem
        {
            Kind = StrategyItemKind.SubGoal, Text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{g.Number}"), Date = g.Date, Target = g.Target,
        }));
        db.Strategies.Add(strategy);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(access, strategy.Id, cancellationToken);
    }

    /// <summary>The metric as it stands on a date: money and margin over the twelve months up to it, the others over its month.</summary>
    private Task<decimal?> MeasureAtAsync(GoalOwnerScope owner, GoalKind metric, DateOnly date, HolidayCountry country, CancellationToken ct)
    {
        var from = metric.Unit() == GoalUnit.Money || metric == GoalKind.MarginPercent
            ? new DateOnly(date.Year, date.Month, 1).AddMonths(-11)
            : new DateOnly(date.Year, date.Month, 1);
        return actuals.MeasureAsync(owner, metric, null, from, date, country, ct);
    }
}
