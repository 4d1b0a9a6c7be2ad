using Salgskraft.Domain.Common;

namespace Salgskraft.Domain.Goals;

/// <summary>
/// The close of a period for one person: the results of their goals as they stood, and the lessons drawn.
/// Kept so the history of goals and results per person can be read later, after the data has moved on.
/// </summary>
public sealed class PeriodReview
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public int PersonId { get; set; }

    public PeriodKind PeriodKind { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public DateTimeOffset ClosedAt { get; set; }

    public required string ClosedByName { get; set; }

    public required string Lessons { get; set; }

    public List<PeriodReviewResult> Results { get; set; } = [];
}

/// <summary>One goal's result as it stood when the period was closed.</summary>
public sealed class PeriodReviewResult
{
    public int Id { get; set; }

    public int PeriodReviewId { get; set; }

    public int GoalId { get; set; }

    public GoalKind Kind { get; set; }

    public string? Subject { get; set; }

    public decimal Target { get; set; }

    public decimal Actual { get; set; }

    public TrafficLight Light { get; set; }
}
