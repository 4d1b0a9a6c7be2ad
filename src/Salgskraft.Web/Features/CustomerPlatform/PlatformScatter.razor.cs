using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using Salgskraft.Domain.Customers;

namespace Salgskraft.Web.Features.CustomerPlatform;

/// <summary>What the point size of the scatter shows.</summary>
public enum PointSize
{
    Contribution,
    SalesCost,
}

/// <summary>
/// The scatter of the customer platform: revenue against margin, quadrant lines at the thresholds, a colour per group.
/// The points go to the browser once per platform; hover, tooltips and the group filter are answered there.
/// </summary>
public partial class PlatformScatter : IAsyncDisposable
{
    private ElementReference canvas;
    private ElementReference tooltip;
    private IJSObjectReference? module;
    private IJSObjectReference? chart;
    private DotNetObjectReference<PlatformScatter>? self;
    private (PlatformResult? Platform, bool Log, PointSize Size) drawn;
    private PlatformGroup? filtered;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CustomerPlatformText> L { get; set; } = default!;

    [Parameter, EditorRequired]
    public PlatformResult Platform { get; set; } = default!;

    [Parameter]
    public string Currency { get; set; } = "NOK";

    [Parameter]
    public bool LogScale { get; set; }

    [Parameter]
    public PointSize Size { get; set; }

    [Parameter]
    public PlatformGroup? Filter { get; set; }

    /// <summary>Called with the customer's database id when a point is clicked.</summary>
    [Parameter]
    public EventCallback<int> OnOpen { get; set; }

    private string AriaLabel => string.Format(CultureInfo.CurrentCulture, L["Scatter_Aria"], Platform.Customers.Count);

    [JSInvokable]
    public Task OpenCustomer(int id) => OnOpen.InvokeAsync(id);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            self = DotNetObjectReference.Create(this);
            module = await JS.InvokeAsync<IJSObjectReference>("import", "./Features/CustomerPlatform/PlatformScatter.razor.js");
            chart = await module.InvokeAsync<IJSObjectReference>("create", canvas, tooltip, self);
        }

        if (module is null || chart is null)
        {
            return;
        }

        if (drawn != (Platform, LogScale, Size))
        {
            drawn = (Platform, LogScale, Size);
            filtered = Filter;
            await module.InvokeVoidAsync("setFilter", chart, Filter is { } g ? (int)g : null);
            await module.InvokeVoidAsync("setData", chart, Data(), Options());
        }
        else if (filtered != Filter)
        {
            filtered = Filter;
            await module.InvokeVoidAsync("setFilter", chart, Filter is { } g ? (int)g : null);
        }
    }

    private object Data()
    {
        var c = Platform.Customers;
        var after = Platform.Thresholds.MarginAfterSalesCost;
        // Doubles only for drawing: the figures themselves stay decimal everywhere else.
        return new
        {
            ids = c.Select(x => x.CustomerId),
            externalIds = c.Select(x => x.ExternalId),
            names = c.Select(x => x.Name),
            revenue = c.Select(x => (double)x.Revenue),
            margin = c.Select(x => (double)(after ? x.MarginAfterSalesCost : x.Margin)),
            contribution = c.Select(x => (double)(after ? x.ContributionAfterSalesCost : x.Contribution)),
            salesCost = c.Select(x => (double)x.SalesCost),
            size = c.Select(x => (double)(Size == PointSize.SalesCost ? x.SalesCost : x.Contribution)),
            group = c.Select(x => (int)x.Group),
            isNew = c.Select(x => x.IsNew),
        };
    }

    private object Options()
    {
        var t = Platform.Thresholds;
        return new
        {
            culture = CultureInfo.CurrentCulture.Name,
            currency = Currency,
            log = LogScale,
            highRevenueFrom = (double?)t.HighRevenueFrom,
            marginThreshold = (double?)t.MarginThreshold,
            xLabel = L["Col_Revenue"].Value + (LogScale ? " (log)" : string.Empty),
            yLabel = t.MarginAfterSalesCost ? L["Col_MarginAfterSalesCost"].Value : L["Col_Margin"].Value,
            labels = new
            {
                group = L["Col_Group"].Value,
                revenue = L["Col_Revenue"].Value,
                contribution = t.MarginAfterSalesCost ? L["Col_ContributionAfterSalesCost"].Value : L["Col_Contribution"].Value,
                margin = t.MarginAfterSalesCost ? L["Col_MarginAfterSalesCost"].Value : L["Col_Margin"].Value,
                salesCost = L["Col_SalesCost"].Value,
                @new = L["New"].Value,
                groups = Enum.GetValues<PlatformGroup>().Select(g => L[$"Position_{g}"].Value),
            },
        };
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (chart is not null)
            {
                await module!.InvokeVoidAsync("dispose", chart);
                await chart.DisposeAsync();
            }

            if (module is not null)
            {
                await module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; so is the canvas.
        }

        self?.Dispose();
        GC.SuppressFinalize(this);
    }
}
