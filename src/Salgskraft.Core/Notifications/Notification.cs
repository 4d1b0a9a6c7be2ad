namespace Salgskraft.Core.Notifications;

/// <summary>What a notification tells about.</summary>
public enum NotificationKind
{
    GoalProposed,
    GoalCounterProposed,
    GoalAgreed,
    GoalCommented,
    GoalWithdrawn,
}

/// <summary>An in-app message to one person: "Mats proposed a revenue goal", shown under the bell until read.</summary>
public sealed class Notification
{
    public long Id { get; set; }

    public int CompanyId { get; set; }

    public int RecipientPersonId { get; set; }

    public NotificationKind Kind { get; set; }

    /// <summary>Who acted, as shown.</summary>
    public required string ActorName { get; set; }

    /// <summary>The goal concerned; the notification links to it.</summary>
    public int? GoalId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}
