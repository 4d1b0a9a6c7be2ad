using Salgskraft.Domain.Goals;

namespace Salgskraft.Domain.Tests.Goals;

public sealed class GoalAgreementTests
{
    private static readonly GoalActor Manager = new(GoalParty.Manager, 1);
    private static readonly GoalActor Seller = new(GoalParty.Salesperson, 2);
    private static readonly DateTimeOffset T0 = new(2025, 1, 6, 9, 0, 0, TimeSpan.FromHours(1));

    private static DateTimeOffset At(int hours) => T0.AddHours(hours);

    private static GoalAgreement Proposed() => GoalAgreement.Start(Manager, 10_000_000m, T0, "Based on last year");

    private static GoalAgreement Agreed()
    {
        var agreement = Proposed();
        agreement.Agree(Seller, At(1));
        return agreement;
    }

    [Fact]
    public void Start_ByManager_IsProposedAndAwaitsSalesperson()
    {
        var agreement = Proposed();

        Assert.Equal(GoalAgreementState.Proposed, agreement.State);
        Assert.Equal(10_000_000m, agreement.Target);
        Assert.Equal(GoalParty.Manager, agreement.ProposedBy);
        Assert.Equal(GoalParty.Salesperson, agreement.AwaitingAnswerFrom);
        Assert.Null(agreement.AgreedTarget);
    }

    [Fact]
    public void Start_BySalesperson_AwaitsManager()
    {
        var agreement = GoalAgreement.Start(Seller, 9_000_000m, T0);

        Assert.Equal(GoalParty.Manager, agreement.AwaitingAnswerFrom);
    }

    [Fact]
    public void Agree_BySalespersonOnManagersProposal_IsAgreed()
    {
        var agreement = Proposed();

        agreement.Agree(Seller, At(1), "Fair");

        Assert.Equal(GoalAgreementState.Agreed, agreement.State);
        Assert.Equal(10_000_000m, agreement.AgreedTarget);
        Assert.Null(agreement.AwaitingAnswerFrom);
    }

    [Fact]
    public void Agree_ByProposer_Throws()
    {
        var agreement = Proposed();

        var ex = Assert.Throws<InvalidOperationException>(() => agreement.Agree(Manager, At(1)));

        Assert.Contains("counts as agreeing", ex.Message, StringComparison.Ordinal);
        Assert.Equal(GoalAgreementState.Proposed, agreement.State);
    }

    [Fact]
    public void Agree_WhenAlreadyAgreed_Throws()
    {
        var agreement = Agreed();

        Assert.Throws<InvalidOperationException>(() => agreement.Agree(Seller, At(2)));
        Assert.Throws<InvalidOperationException>(() => agreement.Agree(Manager, At(2)));
    }

    [Fact]
    public void CounterPropose_BySalesperson_AwaitsManager()
    {
        var agreement = Proposed();

        agreement.CounterPropose(Seller, 9_000_000m, At(1), "Two large customers are moving");

        Assert.Equal(GoalAgreementState.CounterProposed, agreement.State);
        Assert.Equal(9_000_000m, agreement.Target);
        Assert.Equal(GoalParty.Salesperson, agreement.ProposedBy);
        Assert.Equal(GoalParty.Manager, agreement.AwaitingAnswerFrom);
    }

    [Fact]
    public void Agree_ByManagerOnCounterProposal_IsAgreedAtCounterTarget()
    {
        var agreement = Proposed();
        agreement.CounterPropose(Seller, 9_000_000m, At(1));

        agreement.Agree(Manager, At(2));

        Assert.Equal(GoalAgreementState.Agreed, agreement.State);
        Assert.Equal(9_000_000m, agreement.AgreedTarget);
    }

    [Fact]
    public void CounterPropose_ByManagerOnCounterProposal_AwaitsSalespersonAgain()
    {
        var agreement = Proposed();
        agreement.CounterPropose(Seller, 9_000_000m, At(1));

        agreement.CounterPropose(Manager, 9_500_000m, At(2));

        Assert.Equal(GoalAgreementState.CounterProposed, agreement.State);
        Assert.Equal(GoalParty.Salesperson, agreement.AwaitingAnswerFrom);
        Assert.Equal(9_500_000m, agreement.Target);
    }

    [Fact]
    public void CounterPropose_ByProposer_Throws()
    {
        var agreement = Proposed();

        Assert.Throws<InvalidOperationException>(() => agreement.CounterPropose(Manager, 11_000_000m, At(1)));
    }

    [Fact]
    public void CounterPropose_SameTarget_Throws()
    {
        var agreement = Proposed();

        var ex = Assert.Throws<InvalidOperationException>(() => agreement.CounterPropose(Seller, 10_000_000m, At(1)));

        Assert.Contains("agree to it instead", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CounterPropose_WhenAgreed_Throws()
    {
        var agreement = Agreed();

        var ex = Assert.Throws<InvalidOperationException>(() => agreement.CounterPropose(Seller, 9_000_000m, At(2)));

        Assert.Contains("propose a change", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Propose_AfterAgreement_ReopensAsProposalOfWhoeverChangedIt()
    {
        var agreement = Agreed();

        agreement.Propose(Seller, 11_000_000m, At(2), "New customer signed");

        Assert.Equal(GoalAgreementState.Proposed, agreement.State);
        Assert.Equal(GoalParty.Salesperson, agreement.ProposedBy);
        Assert.Equal(GoalParty.Manager, agreement.AwaitingAnswerFrom);
        Assert.Equal(11_000_000m, agreement.Target);
        Assert.Equal(10_000_000m, agreement.AgreedTarget);
    }

    [Fact]
    public void Agree_OnReopenedGoal_AgreesTheChange()
    {
        var agreement = Agreed();
        agreement.Propose(Manager, 12_000_000m, At(2));

        agreement.Agree(Seller, At(3));

        Assert.Equal(GoalAgreementState.Agreed, agreement.State);
        Assert.Equal(12_000_000m, agreement.AgreedTarget);
    }

    [Fact]
    public void Propose_AfterAgreementSameTarget_Throws()
    {
        var agreement = Agreed();

        Assert.Throws<InvalidOperationException>(() => agreement.Propose(Manager, 10_000_000m, At(2)));
    }

    [Fact]
    public void Propose_RevisingOwnPendingProposal_ChangesTargetAndKeepsState()
    {
        var agreement = Proposed();
        agreement.CounterPropose(Seller, 9_000_000m, At(1));

        agreement.Propose(Seller, 9_200_000m, At(2));

        Assert.Equal(GoalAgreementState.CounterProposed, agreement.State);
        Assert.Equal(9_200_000m, agreement.Target);
        Assert.Equal(GoalParty.Manager, agreement.AwaitingAnswerFrom);
    }

    [Fact]
    public void Propose_RevisingOwnPendingProposalToSameTarget_Throws()
    {
        var agreement = Proposed();

        Assert.Throws<InvalidOperationException>(() => agreement.Propose(Manager, 10_000_000m, At(1)));
    }

    [Fact]
    public void Propose_WhileOtherSidesProposalAwaitsAnswer_Throws()
    {
        var agreement = Proposed();

        var ex = Assert.Throws<InvalidOperationException>(() => agreement.Propose(Seller, 9_000_000m, At(1)));

        Assert.Contains("agree or counter-propose", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comment_InAnyOpenState_KeepsStateAndTarget()
    {
        var agreement = Proposed();

        agreement.Comment(Seller, "Can we talk on Thursday?", At(1));
        agreement.Comment(Manager, "Yes", At(2));

        Assert.Equal(GoalAgreementState.Proposed, agreement.State);
        Assert.Equal(10_000_000m, agreement.Target);
        Assert.Equal(GoalParty.Salesperson, agreement.AwaitingAnswerFrom);

        agreement.Agree(Seller, At(3));
        agreement.Comment(Manager, "Good luck", At(4));
        Assert.Equal(GoalAgreementState.Agreed, agreement.State);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Comment_Empty_Throws(string text)
    {
        var agreement = Proposed();

        Assert.Throws<ArgumentException>(() => agreement.Comment(Seller, text, At(1)));
    }

    [Fact]
    public void Withdraw_ByManager_IsWithdrawn()
    {
        var agreement = Agreed();

        agreement.Withdraw(Manager, At(2), "Reorganised");

        Assert.Equal(GoalAgreementState.Withdrawn, agreement.State);
        Assert.Null(agreement.AwaitingAnswerFrom);
    }

    [Fact]
    public void Withdraw_BySalesperson_Throws()
    {
        var agreement = Proposed();

        Assert.Throws<InvalidOperationException>(() => agreement.Withdraw(Seller, At(1)));
    }

    public static TheoryData<Action<GoalAgreement>> EveryAction => new()
    {
        a => a.Propose(GoalAgreementTests.Manager, 1m, At(9)),
        a => a.CounterPropose(GoalAgreementTests.Seller, 1m, At(9)),
        a => a.Agree(GoalAgreementTests.Seller, At(9)),
        a => a.Comment(GoalAgreementTests.Seller, "Hello?", At(9)),
        a => a.Withdraw(GoalAgreementTests.Manager, At(9)),
    };

    [Theory]
    [MemberData(nameof(EveryAction))]
    public void AnyAction_AfterWithdrawal_Throws(Action<GoalAgreement> action)
    {
        var agreement = Proposed();
        agreement.Withdraw(Manager, At(1));

        Assert.Throws<InvalidOperationException>(() => action(agreement));
    }

    [Fact]
    public void AnyAction_DatedBeforeTheLastStep_ThrowsAndChangesNothing()
    {
        var agreement = Proposed();

        Assert.Throws<ArgumentException>(() => agreement.CounterPropose(Seller, 9_000_000m, T0.AddMinutes(-1)));

        Assert.Equal(GoalAgreementState.Proposed, agreement.State);
        Assert.Equal(10_000_000m, agreement.Target);
        Assert.Single(agreement.History);
    }

    [Fact]
    public void History_KeepsWhoWhenWhatTargetAndComment()
    {
        var agreement = Proposed();
        agreement.Comment(Seller, "High", At(1));
        agreement.CounterPropose(Seller, 9_000_000m, At(2), "Two customers are moving");
        agreement.Agree(Manager, At(3), "OK");

        Assert.Equal(
        [
            new GoalAgreementEvent(GoalAgreementAction.Propose, Manager, T0, 10_000_000m, "Based on last year", GoalAgreementState.Proposed),
            new GoalAgreementEvent(GoalAgreementAction.Comment, Seller, At(1), 10_000_000m, "High", GoalAgreementState.Proposed),
            new GoalAgreementEvent(GoalAgreementAction.CounterPropose, Seller, At(2), 9_000_000m, "Two customers are moving", GoalAgreementState.CounterProposed),
            new GoalAgreementEvent(GoalAgreementAction.Agree, Manager, At(3), 9_000_000m, "OK", GoalAgreementState.Agreed),
        ], agreement.History);
    }

    [Fact]
    public void Replay_StoredHistory_RebuildsTheSameAgreement()
    {
        var original = Proposed();
        original.CounterPropose(Seller, 9_000_000m, At(1));
        original.Agree(Manager, At(2));
        original.Propose(Manager, 9_500_000m, At(3));
        original.Comment(Seller, "Let me think", At(4));

        var replayed = GoalAgreement.Replay(original.History);

        Assert.Equal(original.History, replayed.History);
        Assert.Equal(original.State, replayed.State);
        Assert.Equal(original.Target, replayed.Target);
        Assert.Equal(original.AgreedTarget, replayed.AgreedTarget);
        Assert.Equal(original.ProposedBy, replayed.ProposedBy);
    }

    [Fact]
    public void Replay_Empty_Throws() => Assert.Throws<ArgumentException>(() => GoalAgreement.Replay([]));

    [Fact]
    public void Replay_NotStartingWithProposal_Throws() =>
        Assert.Throws<ArgumentException>(() => GoalAgreement.Replay(
            [new GoalAgreementEvent(GoalAgreementAction.Agree, Seller, T0, 1m, null, GoalAgreementState.Agreed)]));

    [Fact]
    public void Replay_IllegalStep_Throws() =>
        Assert.Throws<InvalidOperationException>(() => GoalAgreement.Replay(
        [
            new GoalAgreementEvent(GoalAgreementAction.Propose, Manager, T0, 1m, null, GoalAgreementState.Proposed),
            new GoalAgreementEvent(GoalAgreementAction.Agree, Manager, At(1), 1m, null, GoalAgreementState.Agreed),
        ]));
}
