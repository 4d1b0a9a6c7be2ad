namespace Salgskraft.Web.Features.Notifications;

/// <summary>Marker for the notification bell's texts (NotificationsText.resx).</summary>
public sealed class NotificationsText;
