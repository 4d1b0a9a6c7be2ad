namespace Salgskraft.Domain.Goals;

/// <summary>
/// A strategy worked backwards (DOMAIN.md §2, <i>arbeide baklengs</i>): the main goal (where are we going?), the
/// starting point measured from the data (where are we?), the strategic choices and actions, and dated sub-goals.
/// </summary>
public sealed class Strategy
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public GoalOwnerLevel OwnerLevel { get; set; }

    public int OwnerId { get; set; }

    /// <summary>The main goal in words: "grow sales 30 % without campaigns or discounts".</summary>
    public required string MainGoal { get; set; }

    /// <summary>What the main goal is measured in; money kinds are measured over the twelve months up to a date.</summary>
    public GoalKind Metric { get; set; }

    public decimal Target { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly TargetDate { get; set; }

    /// <summary>The metric measured at <see cref="StartDate"/> when the strategy was made.</summary>
    public decimal StartValue { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<StrategyItem> Items { get; set; } = [];
}

public enum StrategyItemKind
{
    /// <summary>A strategic choice (<i>strategi</i>).</summary>
    Choice,

    /// <summary>An action (<i>tiltak</i>).</summary>
    Action,

    /// <summary>A dated sub-goal (<i>delmål</i>) on the way to the main goal.</summary>
    SubGoal,
}

/// <summary>A strategic choice, an action or a dated sub-goal of a <see cref="Strategy"/>.</summary>
public sealed class StrategyItem
{
    public int Id { get; set; }

    public int StrategyId { get; set; }

    public StrategyItemKind Kind { get; set; }

    public required string Text { get; set; }

    /// <summary>A sub-goal's date; an action's due date.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>A sub-goal's target in the strategy's metric.</summary>
    public decimal? Target { get; set; }
}
