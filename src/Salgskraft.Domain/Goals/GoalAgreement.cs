using Salgskraft.Domain.Common;

namespace Salgskraft.Domain.Goals;

/// <summary>The two sides that own a person's goal together.</summary>
public enum GoalParty
{
    Manager,
    Salesperson,
}

/// <summary>Where the agreement on a goal stands.</summary>
public enum GoalAgreementState
{
    /// <summary>A target is on the table and waits for the other side's answer.</summary>
    Proposed,

    /// <summary>The answer to a proposal was another target, which now waits for the first side's answer.</summary>
    CounterProposed,

    /// <summary>Both sides have agreed to the same target.</summary>
    Agreed,

    /// <summary>The manager took the goal back; nothing more can happen to it.</summary>
    Withdrawn,
}

/// <summary>What someone did to a goal's agreement.</summary>
public enum GoalAgreementAction
{
    Propose,
    Comment,
    CounterPropose,
    Agree,
    Withdraw,
}

/// <summary>Who acted: which side, and the person on that side (a team may change manager).</summary>
public readonly record struct GoalActor(GoalParty Party, int PersonId);

/// <summary>One entry of an agreement's history, as both sides see it.</summary>
/// <param name="Action">What was done.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="At">When.</param>
/// <param name="Target">The target on the table after the action.</param>
/// <param name="Comment">What the actor wrote, if anything.</param>
/// <param name="StateAfter">The state the action led to.</param>
public sealed record GoalAgreementEvent(
    GoalAgreementAction Action, GoalActor Actor, DateTimeOffset At, decimal Target, string? Comment, GoalAgreementState StateAfter);

/// <summary>
/// Co-ownership of a goal (DOMAIN.md §2, goal culture): one side proposes a target, the other comments,
/// counter-proposes or agrees, and the goal is agreed only when both have agreed to the same target. Making
/// a proposal counts as agreeing to it. A change after agreement reopens it as a new proposal by whoever
/// changed it; the last agreed target still stands meanwhile. Every action is kept in the history, and an
/// action that does not fit the state throws <see cref="InvalidOperationException"/> saying why.
/// Rules and examples: docs/goals.md.
/// </summary>
public sealed class GoalAgreement
{
    private readonly List<GoalAgreementEvent> history = [];

    private GoalAgreement()
    {
    }

    public GoalAgreementState State { get; private set; }

    /// <summary>The target on the table: the one proposed, or the one agreed.</summary>
    public decimal Target { get; private set; }

    /// <summary>The side whose target is on the table (and who has therefore agreed to it).</summary>
    public GoalParty ProposedBy { get; private set; }

    /// <summary>The last target both sides agreed to, kept while a change is negotiated; null until first agreed.</summary>
    public decimal? AgreedTarget { get; private set; }

    /// <summary>The side that must answer next; null when agreed or withdrawn.</summary>
    public GoalParty? AwaitingAnswerFrom =>
        State is GoalAgreementState.Proposed or GoalAgreementState.CounterProposed ? Other(ProposedBy) : null;

    public IReadOnlyList<GoalAgreementEvent> History => history;

    /// <summary>Opens an agreement with a first proposal. Either side may propose; usually the manager does.</summary>
    public static GoalAgreement Start(GoalActor proposer, decimal target, DateTimeOffset at, string? comment = null)
    {
        var agreement = new GoalAgreement();
        agreement.Open(GoalAgreementState.Proposed, proposer, target);
        agreement.Record(GoalAgreementAction.Propose, proposer, at, comment);
        return agreement;
    }

    /// <summary>Rebuilds an agreement from its stored history, checking every step as it was first taken.</summary>
    /// <exception cref="ArgumentException">The history is empty or does not start with a proposal.</exception>
    /// <exception cref="InvalidOperationException">The history holds a step the rules do not allow.</exception>
    public static GoalAgreement Replay(IEnumerable<GoalAgreementEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        GoalAgreement? agreement = null;
        foreach (var e in events)
        {
            if (agreement is null)
            {
                agreement = e.Action == GoalAgreementAction.Propose
                    ? Start(e.Actor, e.Target, e.At, e.Comment)
                    : throw new ArgumentException("An agreement's history starts with a proposal.", nameof(events));
                continue;
            }

            switch (e.Action)
            {
                case GoalAgreementAction.Propose: agreement.Propose(e.Actor, e.Target, e.At, e.Comment); break;
                case GoalAgreementAction.Comment: agreement.Comment(e.Actor, e.Comment ?? string.Empty, e.At); break;
                case GoalAgreementAction.CounterPropose: agreement.CounterPropose(e.Actor, e.Target, e.At, e.Comment); break;
                case GoalAgreementAction.Agree: agreement.Agree(e.Actor, e.At, e.Comment); break;
                case GoalAgreementAction.Withdraw: agreement.Withdraw(e.Actor, e.At, e.Comment); break;
                default: throw new ArgumentException($"Unknown action {e.Action}.", nameof(events));
            }
        }

        return agreement ?? throw new ArgumentException("An agreement's history cannot be empty.", nameof(events));
    }

    /// <summary>
    /// Puts a new target on the table: reopens an agreed goal (a change after agreement), or revises the
    /// actor's own pending proposal. A proposal from the other side must be answered first.
    /// </summary>
    public void Propose(GoalActor actor, decimal target, DateTimeOffset at, string? comment = null)
    {
        RequireOpen(at);
        if (State == GoalAgreementState.Agreed)
        {
            if (target == Target)
            {
                throw Refusal.State("AgreedChangeNeedsAnotherTarget", $"The goal is already agreed at {target}; a change needs another target.");
            }

            Open(GoalAgreementState.Proposed, actor, target);
        }
        else if (actor.Party == ProposedBy)
        {
            if (target == Target)
            {
                throw actor.Party == GoalParty.Manager
                    ? Refusal.State("AlreadyProposedByManager", $"{target} is already proposed by the manager.")
                    : Refusal.State("AlreadyProposedBySalesperson", $"{target} is already proposed by the salesperson.");
            }

            Open(State, actor, target);
        }
        else
        {
            // The actor is the other side of the one who proposed.
            throw ProposedBy == GoalParty.Manager
                ? Refusal.State("ProposalAwaitsSalesperson",
                    $"The target of {Target} proposed by the manager waits for the answer of the salesperson: agree or counter-propose.")
                : Refusal.State("ProposalAwaitsManager",
                    $"The target of {Target} proposed by the salesperson waits for the answer of the manager: agree or counter-propose.");
        }

        Record(GoalAgreementAction.Propose, actor, at, comment);
    }

    /// <summary>Adds a remark without changing the target or the state.</summary>
    /// <exception cref="ArgumentException">The comment is empty.</exception>
    public void Comment(GoalActor actor, string text, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Refusal.Argument("CommentNeedsText", nameof(text), $"A comment needs some text.");
        }

        RequireOpen(at);
        Record(GoalAgreementAction.Comment, actor, at, text);
    }

    /// <summary>Answers the other side's proposal with another target.</summary>
    public void CounterPropose(GoalActor actor, decimal target, DateTimeOffset at, string? comment = null)
    {
        RequireOpen(at);
        if (State == GoalAgreementState.Agreed)
        {
            throw Refusal.State("AgreedCannotCounterPropose", $"The goal is already agreed at {Target}; to counter-propose, propose a change instead.");
        }

        RequireAnswerFrom(actor);
        if (target == Target)
        {
            throw Refusal.State("TargetAlreadyOnTheTable", $"{target} is the target already on the table; agree to it instead.");
        }

        Open(GoalAgreementState.CounterProposed, actor, target);
        Record(GoalAgreementAction.CounterPropose, actor, at, comment);
    }

    /// <summary>Accepts the other side's target; with that both have agreed and the goal is agreed.</summary>
    public void Agree(GoalActor actor, DateTimeOffset at, string? comment = null)
    {
        RequireOpen(at);
        if (State == GoalAgreementState.Agreed)
        {
            throw Refusal.State("AgreedCannotAgree", $"The goal is already agreed at {Target}; to agree, propose a change instead.");
        }

        RequireAnswerFrom(actor);
        State = GoalAgreementState.Agreed;
        AgreedTarget = Target;
        Record(GoalAgreementAction.Agree, actor, at, comment);
    }

    /// <summary>The manager takes the goal back, in any state; the history stays.</summary>
    public void Withdraw(GoalActor actor, DateTimeOffset at, string? comment = null)
    {
        RequireOpen(at);
        if (actor.Party != GoalParty.Manager)
        {
            throw Refusal.State("OnlyManagerWithdraws", $"Only the manager can withdraw a goal; the salesperson can counter-propose or comment.");
        }

        State = GoalAgreementState.Withdrawn;
        Record(GoalAgreementAction.Withdraw, actor, at, comment);
    }

    private void Open(GoalAgreementState state, GoalActor proposer, decimal target)
    {
        State = state;
        ProposedBy = proposer.Party;
        Target = target;
    }

    private void RequireOpen(DateTimeOffset at)
    {
        if (history.Count > 0 && at < history[^1].At)
        {
            throw new ArgumentException($"{at:O} is before the last step of the history ({history[^1].At:O}).", nameof(at));
        }

        if (State == GoalAgreementState.Withdrawn)
        {
            throw Refusal.State("GoalWithdrawn", $"The goal has been withdrawn; nothing more can be done to it.");
        }
    }

    /// <summary>An open proposal is answered by the side that did not make it (the agreed case is checked by the caller, per step).</summary>
    private void RequireAnswerFrom(GoalActor actor)
    {
        if (actor.Party == ProposedBy)
        {
            throw actor.Party == GoalParty.Manager
                ? Refusal.State("OwnProposalByManager",
                    $"The target of {Target} was proposed by the manager, which counts as agreeing to it; it waits for the answer of the salesperson.")
                : Refusal.State("OwnProposalBySalesperson",
                    $"The target of {Target} was proposed by the salesperson, which counts as agreeing to it; it waits for the answer of the manager.");
        }
    }

    private void Record(GoalAgreementAction action, GoalActor actor, DateTimeOffset at, string? comment)
    {
        history.Add(new(action, actor, at, Target, comment, State));
    }

    private static GoalParty Other(GoalParty party) => party == GoalParty.Manager ? GoalParty.Salesperson : GoalParty.Manager;
}
