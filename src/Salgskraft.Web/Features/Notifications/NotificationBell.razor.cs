using System.Globalization;
using Microsoft.AspNetCore.Components;
using Salgskraft.Core.Notifications;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Notifications;

public partial class NotificationBell
{
    private int unread;
    private IReadOnlyList<NotificationDto> items = [];

    [Inject]
    private UiSession Session { get; set; } = default!;

    private string Label => string.Format(CultureInfo.CurrentCulture, L["Bell"], unread);

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        (unread, items) = await Session.RunAsync(async (services, access) =>
        {
            var service = services.GetRequiredService<NotificationService>();
            return (await service.UnreadCountAsync(access), await service.ListAsync(access, 10));
        });
        items ??= [];
    }

    /// <summary>Opening the menu shows the latest and marks them read; the badge clears.</summary>
    private async Task OpenChangedAsync(bool open)
    {
        if (!open)
        {
            return;
        }

        await LoadAsync();
        if (unread > 0)
        {
            await Session.RunAsync(async (services, access) =>
            {
                await services.GetRequiredService<NotificationService>().MarkAllReadAsync(access);
                return true;
            });
            unread = 0;
        }
    }
}
