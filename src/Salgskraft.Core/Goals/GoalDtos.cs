using Salgskraft.Domain.Common;
using Salgskraft.Domain.Goals;

namespace Salgskraft.Core.Goals;

/// <summary>A goal as the API and the pages show it.</summary>
public sealed record GoalDto(
    int Id,
    GoalKind Metric,
    GoalCategory Kind,
    GoalUnit Unit,
    string? Subject,
    GoalOwnerLevel OwnerLevel,
    int OwnerId,
    string OwnerName,
    string Period,
    decimal Target,
    decimal? AgreedTarget,
    GoalDirection Direction,
    decimal Weight,
    decimal? ManualActual,
    int? ParentGoalId,
    int? SupportsGoalId,
    GoalAgreementState? Agreement,
    GoalParty? AwaitingAnswerFrom);

/// <summary>Where a goal stands today: actual (null when neither measured nor entered), expected by now, forecast, light.</summary>
public sealed record GoalEvaluationDto(decimal? Actual, bool ActualIsManual, decimal Expected, decimal Forecast, TrafficLight Status);

/// <summary>One step of an agreement's history, with the actor's name.</summary>
public sealed record GoalStepDto(
    GoalAgreementAction Action, GoalParty Party, int PersonId, string PersonName, DateTimeOffset At, decimal Target, string? Comment,
    GoalAgreementState StateAfter);

public sealed record GoalActionDto(int Id, int GoalId, string Text, int? OwnerPersonId, string? OwnerName, DateOnly? DueDate, GoalActionStatus Status);

public sealed record GoalNoteDto(int Id, string AuthorName, DateTimeOffset At, string Text);

/// <summary>
/// Everything about one goal: its figures, the agreement history, the KPIs that support it, actions and notes.
/// <c>CanAnswerAs</c> is the side the caller may act as on the agreement; null when they cannot act.
/// </summary>
public sealed record GoalDetailDto(
    GoalDto Goal,
    GoalEvaluationDto Evaluation,
    IReadOnlyList<GoalStepDto> History,
    IReadOnlyList<GoalDto> Kpis,
    IReadOnlyList<GoalActionDto> Actions,
    IReadOnlyList<GoalNoteDto> Notes,
    GoalParty? CanAnswerAs,
    string Currency);

/// <summary>A new goal. A person's goal starts as a proposal by the caller's side; the others are set directly.</summary>
public sealed record CreateGoalRequest(
    GoalKind Metric,
    GoalOwnerLevel OwnerLevel,
    int OwnerId,
    string Period,
    decimal Target,
    string? Subject = null,
    GoalDirection? Direction = null,
    decimal? Weight = null,
    int? ParentGoalId = null,
    int? SupportsGoalId = null,
    string? Comment = null);

/// <summary>A step on a goal's agreement: <c>propose</c>, <c>comment</c>, <c>counterPropose</c>, <c>agree</c> or <c>withdraw</c>.</summary>
public sealed record AgreementRequest(GoalAgreementAction Action, decimal? Target = null, string? Comment = null);

/// <summary>Settings of a goal that need no agreement: the hand-entered actual, the weight.</summary>
public sealed record UpdateGoalRequest(decimal? ManualActual = null, decimal? Weight = null, bool ClearManualActual = false);

public sealed record AddActionRequest(string Text, int? OwnerPersonId = null, DateOnly? DueDate = null);

public sealed record UpdateActionRequest(GoalActionStatus Status);

public sealed record AddNoteRequest(string Text);

/// <summary>Helpers shared by the goal services.</summary>
public static class GoalRules
{
    /// <summary>The public holidays that count for a company: Danish for a Danish company, else Norwegian.</summary>
    public static HolidayCountry Country(string companyCulture) =>
        companyCulture.StartsWith("da", StringComparison.OrdinalIgnoreCase) ? HolidayCountry.Denmark : HolidayCountry.Norway;

    /// <summary>Reads a period as written in the API (<c>2025</c>, <c>2025-Q1</c>, <c>2025-03</c>, <c>2025-W05</c>, <c>FY2025-07</c>).</summary>
    /// <exception cref="Common.ValidationFailedException">The text is not a period.</exception>
    public static Period ParsePeriod(string? text, string field = "period") =>
        Period.TryParse(text, out var period)
            ? period
            : throw new Common.ValidationFailedException(field, GoalReasons.NotAPeriod(text));
}
