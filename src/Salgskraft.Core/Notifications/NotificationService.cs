using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Data;

namespace Salgskraft.Core.Notifications;

/// <summary>A notification as the recipient sees it.</summary>
public sealed record NotificationDto(long Id, NotificationKind Kind, string ActorName, int? GoalId, DateTimeOffset CreatedAt, bool Read);

/// <summary>The signed-in person's notifications: the other side of a goal hears of every step on it.</summary>
public sealed class NotificationService(SalgskraftDbContext db, TimeProvider clock)
{
    /// <summary>Queues notifications to the given people; saved with the caller's next <c>SaveChanges</c>.</summary>
    public void Add(int companyId, IEnumerable<int> recipientPersonIds, NotificationKind kind, string actorName, int? goalId)
    {
        foreach (var recipient in recipientPersonIds.Distinct())
        {
            db.Add(new Notification
            {
                CompanyId = companyId, RecipientPersonId = recipient, Kind = kind, ActorName = actorName, GoalId = goalId,
                CreatedAt = clock.GetUtcNow(),
            });
        }
    }

    /// <summary>The latest notifications of the caller, newest first; none for a user without a person.</summary>
    public async Task<IReadOnlyList<NotificationDto>> ListAsync(AccessContext access, int take = 20, CancellationToken cancellationToken = default) =>
        access.PersonId is not { } personId
            ? []
            : await Mine(access, personId).OrderByDescending(n => n.Id).Take(take)
                .Select(n => new NotificationDto(n.Id, n.Kind, n.ActorName, n.GoalId, n.CreatedAt, n.ReadAt != null))
                .ToListAsync(cancellationToken);

    public async Task<int> UnreadCountAsync(AccessContext access, CancellationToken cancellationToken = default) =>
        access.PersonId is not { } personId ? 0 : await Mine(access, personId).CountAsync(n => n.ReadAt == null, cancellationToken);

    /// <summary>Marks all of the caller's notifications read.</summary>
    public async Task MarkAllReadAsync(AccessContext access, CancellationToken cancellationToken = default)
    {
        if (access.PersonId is { } personId)
        {
            var now = clock.GetUtcNow();
            await Mine(access, personId).Where(n => n.ReadAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        }
    }

    private IQueryable<Notification> Mine(AccessContext access, int personId) =>
        db.Set<Notification>().Where(n => n.CompanyId == access.Company.Id && n.RecipientPersonId == personId);
}
