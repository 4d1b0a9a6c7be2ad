using Microsoft.AspNetCore.Http.HttpResults;
using Salgskraft.Core.Notifications;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Notifications;

public sealed record NotificationsResponse(int Unread, IReadOnlyList<NotificationDto> Items);

public static class NotificationEndpoints
{
    public static RouteGroupBuilder MapNotificationEndpoints(this RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");
        notifications.MapGet("/", List).WithName("ListNotifications").WithSummary("The caller's latest notifications and how many are unread.");
        notifications.MapPost("/read", MarkRead).WithName("MarkNotificationsRead").WithSummary("Marks all the caller's notifications read.");
        return api;
    }

    public static async Task<Ok<NotificationsResponse>> List(CurrentAccess current, NotificationService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(new NotificationsResponse(
            await service.UnreadCountAsync(current.Context, cancellationToken), await service.ListAsync(current.Context, cancellationToken: cancellationToken)));

    public static async Task<NoContent> MarkRead(CurrentAccess current, NotificationService service, CancellationToken cancellationToken)
    {
        await service.MarkAllReadAsync(current.Context, cancellationToken);
        return TypedResults.NoContent();
    }
}
