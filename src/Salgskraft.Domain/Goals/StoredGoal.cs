using Salgskraft.Domain.Common;

namespace Salgskraft.Domain.Goals;

/// <summary>
/// A goal as it is kept in the database: the <see cref="Goal"/> record's fields, the cascade link to the goal it
/// was distributed from, the result goal a KPI goal supports, and (for a person's goal) the agreement's current
/// state, cached from its history (<see cref="GoalAgreementStep"/>) so lists can filter on it.
/// </summary>
public sealed class StoredGoal
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public GoalOwnerLevel OwnerLevel { get; set; }

    /// <summary>The company, unit or person id, as <see cref="OwnerLevel"/> says.</summary>
    public int OwnerId { get; set; }

    public PeriodKind PeriodKind { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public GoalKind Kind { get; set; }

    /// <summary>Product group external id, platform group name or activity type code, for kinds that need one.</summary>
    public string? Subject { get; set; }

    /// <summary>The target on the table (for a goal that is not co-owned, simply its target).</summary>
    public decimal Target { get; set; }

    /// <summary>The last target both sides agreed to; it stands while a change is negotiated. Null until first agreed.</summary>
    public decimal? AgreedTarget { get; set; }

    /// <summary>The target the goal is measured against: the agreed one, else the one on the table.</summary>
    public decimal TargetInForce => AgreedTarget ?? Target;

    public GoalDirection Direction { get; set; }

    public decimal Weight { get; set; } = 1m;

    /// <summary>The actual entered by hand, for kinds the data cannot measure (customer satisfaction until surveys come).</summary>
    public decimal? ManualActual { get; set; }

    /// <summary>The goal this one was distributed from (company → unit → person); null at the top.</summary>
    public int? ParentGoalId { get; set; }

    /// <summary>For a KPI goal: the result goal it supports (pipeline 2.5 M supports revenue 10 M).</summary>
    public int? SupportsGoalId { get; set; }

    /// <summary>A person's goal is co-owned and has an agreement; company and unit goals have none (null).</summary>
    public GoalAgreementState? AgreementState { get; set; }

    /// <summary>The side whose answer the agreement waits for; null when agreed, withdrawn or not co-owned.</summary>
    public GoalParty? AwaitingAnswerFrom { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Period Period => new(PeriodKind, PeriodStart, PeriodEnd);

    /// <summary>The domain record the evaluation rules take.</summary>
    public Goal ToGoal() => new(Kind, OwnerLevel, OwnerId, Period, TargetInForce) { Direction = Direction, Weight = Weight, Subject = Subject };
}

/// <summary>One stored step of a goal's agreement history; the history is replayed through <see cref="GoalAgreement.Replay"/>.</summary>
public sealed class GoalAgreementStep
{
    public int Id { get; set; }

    public int GoalId { get; set; }

    /// <summary>Position in the history, from 1.</summary>
    public int Sequence { get; set; }

    public GoalAgreementAction Action { get; set; }

    public GoalParty Party { get; set; }

    public int PersonId { get; set; }

    public DateTimeOffset At { get; set; }

    public decimal Target { get; set; }

    public string? Comment { get; set; }

    public GoalAgreementState StateAfter { get; set; }

    public GoalAgreementEvent ToEvent() => new(Action, new GoalActor(Party, PersonId), At, Target, Comment, StateAfter);
}

/// <summary>Where an action (<i>tiltak</i>) under a goal stands.</summary>
public enum GoalActionStatus
{
    Planned,
    InProgress,
    Done,
}

/// <summary>An action or process step (<i>tiltak</i>) that a goal rests on: "call the customer; agree a time".</summary>
public sealed class GoalActionItem
{
    public int Id { get; set; }

    public int GoalId { get; set; }

    public required string Text { get; set; }

    public int? OwnerPersonId { get; set; }

    public DateOnly? DueDate { get; set; }

    public GoalActionStatus Status { get; set; }
}

/// <summary>A feedback note on a goal in its period: what went well, what to change (continuous evaluation).</summary>
public sealed class GoalNote
{
    public int Id { get; set; }

    public int GoalId { get; set; }

    public int? AuthorPersonId { get; set; }

    public required string AuthorName { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Text { get; set; }
}
