using System.Globalization;
using Microsoft.AspNetCore.Components;
using Salgskraft.Core.Activities;
using Salgskraft.Core.Common;
using Salgskraft.Core.Deals;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Deals;

/// <summary>One deal: its figures, its stage changes (who moved it, when, from → to) and the activities logged on it.</summary>
public partial class DealPage
{
    private DealDto? deal;
    private IReadOnlyList<DealStageChangeDto> history = [];
    private IReadOnlyList<ActivityDto> activities = [];
    private string currency = string.Empty;
    private bool notFound;

    [Inject]
    private UiSession Session { get; set; } = default!;

    [Parameter]
    public int Id { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        deal = null;
        notFound = false;
        try
        {
            deal = await Session.RunAsync(async (services, a) =>
            {
                currency = a.Company.Currency;
                var deals = services.GetRequiredService<DealService>();
                var found = await deals.GetAsync(a, Id);
                history = await deals.HistoryAsync(a, Id);
                activities = await services.GetRequiredService<ActivityService>().ListAsync(a, new ActivityFilter(DealId: Id));
                return found;
            });
        }
        catch (NotFoundException)
        {
            notFound = true;
        }

        notFound |= deal is null;
    }

    private string Money(decimal value) => string.Create(CultureInfo.CurrentCulture, $"{value:N0} {currency}");

    private static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "–";
}
