using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Core.Notifications;
using Salgskraft.Domain.Goals;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Goals;

/// <summary>
/// Goals and their co-ownership (docs/goals.md §6): creating goals, the agreement steps (each replayed from the
/// stored history through <see cref="GoalAgreement"/>, so the rules are checked by the domain), actions, notes and
/// hand-entered actuals. Every read and write passes <see cref="Visible.Goals"/>; a goal outside it is not found.
/// </summary>
public sealed class GoalService(SalgskraftDbContext db, GoalEvaluator evaluator, NotificationService notifications, TimeProvider clock)
{
    /// <summary>The visible goals, optionally of one period and one owner, in the order of the steering platform.</summary>
    public async Task<IReadOnlyList<GoalDto>> ListAsync(AccessContext access, string? period = null, GoalOwnerLevel? ownerLevel = null,
        int? ownerId = null, CancellationToken cancellationToken = default)
    {
        var q = db.Goals(access.Scope);
        if (period is not null)
        {
            var p = GoalRules.ParsePeriod(period);
            q = q.Where(g => g.PeriodStart == p.Start && g.PeriodEnd == p.End);
        }

        if (ownerLevel is { } level)
        {
            q = q.Where(g => g.OwnerLevel == level);
        }

        if (ownerId is { } id)
        {
            q = q.Where(g => g.OwnerId == id);
        }

        // Kinds and levels are stored by name, so the order of the steering platform is made here.
        var goals = (await q.ToListAsync(cancellationToken))
            .OrderBy(g => g.PeriodStart).ThenBy(g => (int)g.OwnerLevel).ThenBy(g => g.OwnerId).ThenBy(g => (int)g.Kind).ThenBy(g => g.Id).ToList();
        return await ToDtosAsync(access.Company.Id, goals, cancellationToken);
    }

    /// <summary>The visible goals of a period, each evaluated today: the team's goals as the export writes them.</summary>
    public async Task<IReadOnlyList<(GoalDto Goal, GoalEvaluationDto Evaluation)>> ListEvaluatedAsync(AccessContext access, string period,
        CancellationToken cancellationToken = default)
    {
        var goals = await ListAsync(access, period, cancellationToken: cancellationToken);
        var stored = await db.Goals(access.Scope).Where(g => goals.Select(x => x.Id).Contains(g.Id)).AsNoTracking()
            .ToDictionaryAsync(g => g.Id, cancellationToken);
        var country = GoalRules.Country(access.Company.Culture);
        var result = new List<(GoalDto, GoalEvaluationDto)>();
        foreach (var goal in goals)
        {
            result.Add((goal, await evaluator.EvaluateAsync(stored[goal.Id], country, cancellationToken)));
        }

        return result;
    }

    public async Task<GoalDetailDto> GetAsync(AccessContext access, int id, CancellationToken cancellationToken = default)
    {
        var goal = await FindAsync(access, id, cancellationToken);
        var evaluation = await evaluator.EvaluateAsync(goal, GoalRules.Country(access.Company.Culture), cancellationToken);
        var steps = await (from s in db.GoalAgreementSteps
                           join p in db.People on s.PersonId equals p.Id
                           where s.GoalId == id
                           orderby s.Sequence
                           select new GoalStepDto(s.Action, s.Party, s.PersonId, p.Name, s.At, s.Target, s.Comment, s.StateAfter))
            .ToListAsync(cancellationToken);
        var kpis = (await db.Goals(access.Scope).Where(g => g.SupportsGoalId == id).ToListAsync(cancellationToken)).OrderBy(g => (int)g.Kind).ToList();
        var notes = await db.GoalNotes.Where(n => n.GoalId == id).OrderBy(n => n.Id)
            .Select(n => new GoalNoteDto(n.Id, n.AuthorName, n.At, n.Text)).ToListAsync(cancellationToken);
        return new GoalDetailDto(
            (await ToDtosAsync(access.Company.Id, [goal], cancellationToken))[0],
            evaluation,
            steps,
            await ToDtosAsync(access.Company.Id, kpis, cancellationToken),
            await ActionsAsync([id], cancellationToken),
            notes,
            goal.AgreementState is null or GoalAgreementState.Withdrawn ? null : await PartyAsync(access, goal, cancellationToken),
            access.Company.Currency);
    }

    /// <summary>Creates a goal; a person's goal starts as a proposal by the caller's side and notifies the other side.</summary>
    public async Task<GoalDto> CreateAsync(AccessContext access, CreateGoalRequest request, CancellationToken cancellationToken = default)
    {
        var period = GoalRules.ParsePeriod(request.Period);
        await RequireOwnerAsync(access, request.OwnerLevel, request.OwnerId, cancellationToken);
        if (request.Metric.NeedsSubject() && string.IsNullOrWhiteSpace(request.Subject))
        {
            throw new ValidationFailedException("subject", request.Metric switch
            {
                GoalKind.ProductGroupRevenue => GoalReasons.ProductGroupRevenueNeedsSubject(),
                GoalKind.PlatformGroupShare => GoalReasons.PlatformGroupShareNeedsSubject(),
                _ => GoalReasons.ActivityCountNeedsSubject(),
            });
        }

        if (request.Target < 0 && request.Metric.Unit() != Domain.Goals.GoalUnit.Money)
        {
            throw new ValidationFailedException("target", GoalReasons.NegativeCountOrPercentage());
        }

        if (request.Weight < 0)
        {
            throw new ValidationFailedException("weight", GoalReasons.NegativeWeight());
        }

        foreach (var (field, linked) in new[] { ("parentGoalId", request.ParentGoalId), ("supportsGoalId", request.SupportsGoalId) })
        {
            if (linked is { } linkedId && !await db.Goals(access.Scope).AnyAsync(g => g.Id == linkedId, cancellationToken))
            {
                throw new ValidationFailedException(field, AccessReasons.GoalNotFound(linkedId));
            }
        }

        var goal = new StoredGoal
        {
            CompanyId = access.Company.Id,
            OwnerLevel = request.OwnerLevel,
            OwnerId = request.OwnerId,
            PeriodKind = period.Kind,
            PeriodStart = period.Start,
            PeriodEnd = period.End,
            Kind = request.Metric,
            Subject = request.Metric.NeedsSubject() ? request.Subject!.Trim() : null,
            Target = request.Target,
            Direction = request.Direction ?? request.Metric.DefaultDirection(),
            Weight = request.Weight ?? 1m,
            ParentGoalId = request.ParentGoalId,
            SupportsGoalId = request.SupportsGoalId,
            CreatedAt = clock.GetUtcNow(),
        };
        await AddAsync(access, goal, request.Comment, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (await ToDtosAsync(access.Company.Id, [goal], cancellationToken))[0];
    }

    /// <summary>
    /// Saves a new goal, so its history and notifications can name it. A person's goal gets its first proposal by the
    /// caller's side (saved by the caller) and the other side is notified; used by creation, distribution and the
    /// activity plan alike, inside the caller's transaction when there is one.
    /// </summary>
    internal async Task AddAsync(AccessContext access, StoredGoal goal, string? comment, CancellationToken cancellationToken)
    {
        var actor = goal.OwnerLevel == GoalOwnerLevel.Person ? await ActorAsync(access, goal, cancellationToken) : default;
        db.Goals.Add(goal);
        await db.SaveChangesAsync(cancellationToken);
        if (goal.OwnerLevel != GoalOwnerLevel.Person)
        {
            return;
        }

        var agreement = GoalAgreement.Start(actor, goal.Target, clock.GetUtcNow(), comment);
        Apply(goal, agreement, []);
        await NotifyAsync(access, goal, actor, GoalAgreementAction.Propose, cancellationToken);
    }

    /// <summary>Takes one step on a person's goal agreement, as the side the caller is on.</summary>
    /// <exception cref="ValidationFailedException">The goal is not co-owned, or the step breaks an agreement rule (the message says which).</exception>
    public async Task<GoalDetailDto> ActAsync(AccessContext access, int id, AgreementRequest request, CancellationToken cancellationToken = default)
    {
        var goal = await FindAsync(access, id, cancellationToken);
        await ChangeAgreementAsync(access, goal, request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(access, id, cancellationToken);
    }

    /// <summary>Applies an agreement step to a tracked goal (not saved): replay, the step, the new history entry, notification.</summary>
    internal async Task ChangeAgreementAsync(AccessContext access, StoredGoal goal, AgreementRequest request, CancellationToken cancellationToken)
    {
        if (goal.AgreementState is null)
        {
            throw new ValidationFailedException("action", GoalReasons.NotCoOwned());
        }

        var actor = await ActorAsync(access, goal, cancellationToken);
        var stored = await db.GoalAgreementSteps.Where(s => s.GoalId == goal.Id).OrderBy(s => s.Sequence).ToListAsync(cancellationToken);
        var agreement = GoalAgreement.Replay(stored.Select(s => s.ToEvent()));
        var now = clock.GetUtcNow();
        try
        {
            switch (request.Action)
            {
                case GoalAgreementAction.Propose:
                    agreement.Propose(actor, RequireTarget(request), now, request.Comment);
                    break;
                case GoalAgreementAction.CounterPropose:
                    agreement.CounterPropose(actor, RequireTarget(request), now, request.Comment);
                    break;
                case GoalAgreementAction.Comment:
                    agreement.Comment(actor, request.Comment ?? string.Empty, now);
                    break;
                case GoalAgreementAction.Agree:
                    agreement.Agree(actor, now, request.Comment);
                    break;
                case GoalAgreementAction.Withdraw:
                    agreement.Withdraw(actor, now, request.Comment);
                    break;
                default:
                    throw new ValidationFailedException("action", GoalReasons.UnknownAction((int)request.Action));
            }
        }
        catch (Exception e) when (GoalReasons.OfRefusal(e) is { } rule)
        {
            // A rule of the agreement the step breaks; anything else is a fault and stays one.
            throw new ValidationFailedException("action", rule);
        }

        Apply(goal, agreement, stored);
        await NotifyAsync(access, goal, actor, request.Action, cancellationToken);
    }

    /// <summary>Sets the hand-entered actual or the weight; either side of a goal may do it.</summary>
    public async Task<GoalDto> UpdateAsync(AccessContext access, int id, UpdateGoalRequest request, CancellationToken cancellationToken = default)
    {
        var goal = await FindAsync(access, id, cancellationToken);
        if (request.Weight is { } weight)
        {
            goal.Weight = weight >= 0 ? weight : throw new ValidationFailedException("weight", GoalReasons.NegativeWeight());
        }

        if (request.ClearManualActual)
        {
            goal.ManualActual = null;
        }
        else if (request.ManualActual is { } actual)
        {
            goal.ManualActual = actual;
        }

        await db.SaveChangesAsync(cancellationToken);
        return (await ToDtosAsync(access.Company.Id, [goal], cancellationToken))[0];
    }

    public async Task<GoalActionDto> AddActionAsync(AccessContext access, int goalId, AddActionRequest request, CancellationToken cancellationToken = default)
    {
        await FindAsync(access, goalId, cancellationToken);
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            throw new ValidationFailedException("text", GoalReasons.ActionNeedsText());
        }

        if (request.OwnerPersonId is { } ownerId && !await db.People(access.Scope).AnyAsync(p => p.Id == ownerId, cancellationToken))
        {
            throw new ValidationFailedException("ownerPersonId", AccessReasons.PersonNotFound(ownerId));
        }

        var action = new GoalActionItem { GoalId = goalId, Text = request.Text.Trim(), OwnerPersonId = request.OwnerPersonId, DueDate = request.DueDate };
        db.GoalActions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        return (await ActionsAsync([goalId], cancellationToken)).Single(a => a.Id == action.Id);
    }

    public async Task<GoalActionDto> UpdateActionAsync(AccessContext access, int goalId, int actionId, UpdateActionRequest request,
        CancellationToken cancellationToken = default)
    {
        await FindAsync(access, goalId, cancellationToken);
        var action = await db.GoalActions.SingleOrDefaultAsync(a => a.Id == actionId && a.GoalId == goalId, cancellationToken)
            ?? throw new NotFoundException(AccessReasons.ActionNotFound(actionId));
        action.Status = request.Status;
        await db.SaveChangesAsync(cancellationToken);
        return (await ActionsAsync([goalId], cancellationToken)).Single(a => a.Id == actionId);
    }

    public async Task<GoalNoteDto> AddNoteAsync(AccessContext access, int goalId, AddNoteRequest request, CancellationToken cancellationToken = default)
    {
        await FindAsync(access, goalId, cancellationToken);
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            throw new ValidationFailedException("text", GoalReasons.NoteNeedsText());
        }

        var note = new GoalNote
        {
            GoalId = goalId, AuthorPersonId = access.PersonId, AuthorName = access.PersonName ?? access.Email, At = clock.GetUtcNow(),
            Text = request.Text.Trim(),
        };
        db.GoalNotes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return new GoalNoteDto(note.Id, note.AuthorName, note.At, note.Text);
    }

    /// <summary>The visible goal with this id, tracked; <see cref="NotFoundException"/> otherwise (guessed ids included).</summary>
    internal async Task<StoredGoal> FindAsync(AccessContext access, int id, CancellationToken cancellationToken) =>
        await db.Goals(access.Scope).SingleOrDefaultAsync(g => g.Id == id, cancellationToken)
        ?? throw new NotFoundException(AccessReasons.GoalNotFound(id));

    internal async Task<IReadOnlyList<GoalActionDto>> ActionsAsync(IReadOnlyCollection<int> goalIds, CancellationToken cancellationToken) =>
        await (from a in db.GoalActions
               where goalIds.Contains(a.GoalId)
               join p in db.People on a.OwnerPersonId equals p.Id into owners
               from p in owners.DefaultIfEmpty()
               orderby a.GoalId, a.Id
               select new GoalActionDto(a.Id, a.GoalId, a.Text, a.OwnerPersonId, p == null ? null : p.Name, a.DueDate, a.Status))
            .ToListAsync(cancellationToken);

    internal async Task<IReadOnlyList<GoalDto>> ToDtosAsync(int companyId, IReadOnlyList<StoredGoal> goals, CancellationToken cancellationToken)
    {
        var personIds = goals.Where(g => g.OwnerLevel == GoalOwnerLevel.Person).Select(g => g.OwnerId).Distinct().ToList();
        var unitIds = goals.Where(g => g.OwnerLevel == GoalOwnerLevel.Unit).Select(g => g.OwnerId).Distinct().ToList();
        var people = await db.People.Where(p => p.CompanyId == companyId && personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var units = await db.Units.Where(u => u.CompanyId == companyId && unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var company = await db.Companies.Where(c => c.Id == companyId).Select(c => c.Name).SingleAsync(cancellationToken);
        return [.. goals.Select(g => new GoalDto(
            g.Id, g.Kind, g.Kind.Category(), g.Kind.Unit(), g.Subject, g.OwnerLevel, g.OwnerId,
            g.OwnerLevel switch
            {
                GoalOwnerLevel.Person => people.GetValueOrDefault(g.OwnerId, string.Empty),
                GoalOwnerLevel.Unit => units.GetValueOrDefault(g.OwnerId, string.Empty),
                _ => company,
            },
            g.Period.ToString(), g.Target, g.AgreedTarget, g.Direction, g.Weight, g.ManualActual, g.ParentGoalId, g.SupportsGoalId,
            g.AgreementState, g.AwaitingAnswerFrom))];
    }

    /// <summary>
    /// The caller's side on a person's goal: the owner is the salesperson; someone else who sees the person and leads
    /// (manager, director, administrator with a person) is the manager. Null when the caller can take no side.
    /// </summary>
    private async Task<GoalParty?> PartyAsync(AccessContext access, StoredGoal goal, CancellationToken cancellationToken)
    {
        if (access.PersonId is not { } personId)
        {
            return null;
        }

        if (personId == goal.OwnerId)
        {
            return GoalParty.Salesperson;
        }

        return access.Role != AccessRole.Salesperson && await db.People(access.Scope).AnyAsync(p => p.Id == goal.OwnerId, cancellationToken)
            ? GoalParty.Manager
            : null;
    }

    private async Task<GoalActor> ActorAsync(AccessContext access, StoredGoal goal, CancellationToken cancellationToken) =>
        await PartyAsync(access, goal, cancellationToken) is { } party
            ? new GoalActor(party, access.PersonId!.Value)
            : throw new ValidationFailedException("action", GoalReasons.NotAParty());

    /// <summary>Stores the history entries the agreement has beyond the stored ones, and caches its state on the goal.</summary>
    private void Apply(StoredGoal goal, GoalAgreement agreement, IReadOnlyList<GoalAgreementStep> stored)
    {
        foreach (var (e, i) in agreement.History.Select((e, i) => (e, i)).Skip(stored.Count))
        {
            var step = new GoalAgreementStep
            {
                GoalId = goal.Id, Sequence = i + 1, Action = e.Action, Party = e.Actor.Party, PersonId = e.Actor.PersonId, At = e.At, Target = e.Target,
                Comment = e.Comment, StateAfter = e.StateAfter,
            };
            db.GoalAgreementSteps.Add(step);
        }

        goal.Target = agreement.Target;
        goal.AgreedTarget = agreement.AgreedTarget;
        goal.AgreementState = agreement.State;
        goal.AwaitingAnswerFrom = agreement.AwaitingAnswerFrom;
    }

    private async Task NotifyAsync(AccessContext access, StoredGoal goal, GoalActor actor, GoalAgreementAction action, CancellationToken cancellationToken)
    {
        var kind = action switch
        {
            GoalAgreementAction.Propose => NotificationKind.GoalProposed,
            GoalAgreementAction.CounterPropose => NotificationKind.GoalCounterProposed,
            GoalAgreementAction.Agree => NotificationKind.GoalAgreed,
            GoalAgreementAction.Withdraw => NotificationKind.GoalWithdrawn,
            _ => NotificationKind.GoalCommented,
        };
        IReadOnlyList<int> recipients = actor.Party == GoalParty.Manager ? [goal.OwnerId] : await ManagersAsync(goal, cancellationToken);
        notifications.Add(access.Company.Id, recipients.Where(r => r != actor.PersonId), kind, access.PersonName ?? access.Email, goal.Id);
    }

    /// <summary>The managers of a person's goal: those who acted as manager on it, else the nearest managers above the person.</summary>
    private async Task<IReadOnlyList<int>> ManagersAsync(StoredGoal goal, CancellationToken cancellationToken)
    {
        var acted = await db.GoalAgreementSteps.Where(s => s.GoalId == goal.Id && s.Party == GoalParty.Manager)
            .Select(s => s.PersonId).Distinct().ToListAsync(cancellationToken);
        if (acted.Count > 0)
        {
            return acted;
        }

        var units = await db.Units.Where(u => u.CompanyId == goal.CompanyId).ToDictionaryAsync(u => u.Id, u => u.ParentId, cancellationToken);
        var managers = await db.People.Where(p => p.CompanyId == goal.CompanyId && p.Id != goal.OwnerId && p.UnitId != null
                && (p.Role == PersonRole.SalesManager || p.Role == PersonRole.ServiceManager || p.Role == PersonRole.GeneralManager || p.Role == PersonRole.Director))
            .Select(p => new { p.Id, UnitId = p.UnitId!.Value }).ToListAsync(cancellationToken);
        var unit = await db.People.Where(p => p.Id == goal.OwnerId).Select(p => p.UnitId).SingleOrDefaultAsync(cancellationToken);
        while (unit is { } u)
        {
            var here = managers.Where(m => m.UnitId == u).Select(m => m.Id).ToList();
            if (here.Count > 0)
            {
                return here;
            }

            unit = units.GetValueOrDefault(u);
        }

        return [];
    }

    private async Task RequireOwnerAsync(AccessContext access, GoalOwnerLevel level, int ownerId, CancellationToken cancellationToken)
    {
        var found = level switch
        {
            GoalOwnerLevel.Person => await db.People(access.Scope).AnyAsync(p => p.Id == ownerId, cancellationToken),
            GoalOwnerLevel.Unit => access.Role != AccessRole.Salesperson && await db.Units(access.Scope).AnyAsync(u => u.Id == ownerId, cancellationToken),
            _ => access.Scope.IsWholeCompany && ownerId == access.Company.Id,
        };
        if (!found)
        {
            throw new ValidationFailedException("ownerId", level switch
            {
                GoalOwnerLevel.Person => GoalReasons.NoPersonToSetGoalsFor(ownerId),
                GoalOwnerLevel.Unit => GoalReasons.NoUnitToSetGoalsFor(ownerId),
                _ => GoalReasons.NoCompanyToSetGoalsFor(ownerId),
            });
        }
    }

    private static decimal RequireTarget(AgreementRequest request) =>
        request.Target ?? throw new ValidationFailedException("target", GoalReasons.ProposalNeedsTarget());
}
