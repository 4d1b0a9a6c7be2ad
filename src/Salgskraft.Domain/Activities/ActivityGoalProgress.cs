namespace Salgskraft.Domain.Activities;

/// <summary>Activities done against one activity goal.</summary>
public sealed record ActivityGoalProgress(ActivityGoal Goal, int Actual)
{
    /// <summary>Actual / target, uncapped (1 = on goal); null when the target is not positive, i.e. there is no goal.</summary>
    public decimal? Attainment => Goal.Target > 0 ? Actual / Goal.Target : null;
}
