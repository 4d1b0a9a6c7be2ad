using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Goals;

namespace Salgskraft.Core.Goals;

public sealed record ClosePeriodRequest(int PersonId, string Period, string Lessons);

public sealed record PeriodReviewResultDto(int GoalId, GoalKind Metric, string? Subject, decimal Target, decimal Actual, TrafficLight Status);

public sealed record PeriodReviewDto(int Id, int PersonId, string Period, DateTimeOffset ClosedAt, string ClosedByName, string Lessons,
    IReadOnlyList<PeriodReviewResultDto> Results);

/// <summary>
/// Closes a person's period (continuous evaluation, DOMAIN.md §2): the result of each of their goals in the period
/// is kept as it stood, with the lessons drawn, so the history of goals and results per person survives later
/// changes to the data. A period is closed once.
/// </summary>
public sealed class PeriodReviewService(SalgskraftDbContext db, SteeringPlatformQuery platform, TimeProvider clock)
{
    public async Task<PeriodReviewDto> CloseAsync(AccessContext access, ClosePeriodRequest request, CancellationToken cancellationToken = default)
    {
        var period = GoalRules.ParsePeriod(request.Period);
        if (string.IsNullOrWhiteSpace(request.Lessons))
        {
            throw new ValidationFailedException("lessons", GoalReasons.LessonsNeeded());
        }

        var current = await platform.GetAsync(access, request.Period, request.PersonId, cancellationToken);
        if (await db.PeriodReviews.AnyAsync(r => r.CompanyId == access.Company.Id && r.PersonId == request.PersonId
                && r.PeriodStart == period.Start && r.PeriodEnd == period.End, cancellationToken))
        {
            throw new ValidationFailedException("period", GoalReasons.PeriodAlreadyClosed(period.ToString(), current.PersonName));
        }

        var review = new PeriodReview
        {
            CompanyId = access.Company.Id, PersonId = request.PersonId, PeriodKind = period.Kind, PeriodStart = period.Start, PeriodEnd = period.End,
            ClosedAt = clock.GetUtcNow(), ClosedByName = access.PersonName ?? access.Email, Lessons = request.Lessons.Trim(),
            Results = [.. current.Goals.Select(g => new PeriodReviewResult
            {
                GoalId = g.Id, Kind = g.Metric, Subject = g.Subject, Target = g.Target, Actual = g.Actual ?? 0, Light = g.Status,
            })],
        };
        db.PeriodReviews.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(review);
    }

    /// <summary>The closed periods of a person the caller sees, newest first.</summary>
    public async Task<IReadOnlyList<PeriodReviewDto>> ListAsync(AccessContext access, int personId, CancellationToken cancellationToken = default)
    {
        if (!await db.People(access.Scope).AnyAsync(p => p.Id == personId, cancellationToken))
        {
            throw new NotFoundException(AccessReasons.PersonNotFound(personId));
        }

        var reviews = await db.PeriodReviews.Include(r => r.Results).AsNoTracking()
            .Where(r => r.CompanyId == access.Company.Id && r.PersonId == personId).OrderByDescending(r => r.PeriodStart).ToListAsync(cancellationToken);
        return [.. reviews.Select(ToDto)];
    }

    private static PeriodReviewDto ToDto(PeriodReview r) => new(r.Id, r.PersonId,
        new Domain.Common.Period(r.PeriodKind, r.PeriodStart, r.PeriodEnd).ToString(), r.ClosedAt, r.ClosedByName, r.Lessons,
        [.. r.Results.Select(x => new PeriodReviewResultDto(x.GoalId, x.Kind, x.Subject, x.Target, x.Actual, x.Light))]);
}
