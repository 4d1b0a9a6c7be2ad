using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Core.Deals;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Deals;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Deals;

/// <summary>The deals board (drag between stages, or the move menu), the table, the pipeline figures and new deals.</summary>
public partial class DealsPage
{
    /// <summary>Fields whose errors are shown beside their input; any other error is shown as a message.</summary>
    private static readonly HashSet<string> ShownFields = ["customerId", "title", "value", "lostReason"];

    private readonly Entry entry = new();
    private MudDropContainer<DealDto>? board;
    private AccessContext? access;
    private PipelineSummaryDto? summary;
    private List<DealStageDto> stages = [];
    private List<DealDto> deals = [];
    private List<DealDto> openDeals = [];
    private DealDto? closing;
    private string? lostReason;
    private Dictionary<string, string[]> errors = [];
    private string? generalError;
    private bool busy;
    private bool refreshBoard;

    [Inject]
    private UiSession Session { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    /// <summary>A customer in the autocomplete.</summary>
    public sealed record CustomerOption(int Id, string Name);

    private sealed class Entry
    {
        public CustomerOption? Customer { get; set; }

        public string? Title { get; set; }

        public decimal Value { get; set; }

        public int? StageId { get; set; }

        public DateTime? ExpectedClose { get; set; }
    }

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private string Money(decimal value) => string.Create(CultureInfo.CurrentCulture, $"{value:N0} {access?.Company.Currency}");

    private static string Percent(decimal? value) => value is { } v ? v.ToString("P0", CultureInfo.CurrentCulture) : "–";

    private string? Error(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private async Task LoadAsync()
    {
        await Session.RunAsync(async (services, a) =>
        {
            access = a;
            var service = services.GetRequiredService<DealService>();
            stages = await service.StagesAsync(a);
            deals = [.. await service.ListAsync(a, new DealFilter())];
            summary = await service.SummaryAsync(a, Period.Year(Clock.GetLocalNow().Year));
            return true;
        });
        openDeals = deals.Where(d => d.Status == DealStatus.Open).ToList();
        entry.StageId ??= stages.FirstOrDefault()?.Id;
        refreshBoard = true;
    }

    /// <summary>The drop container places its items when told to, after it has the new list.</summary>
    protected override void OnAfterRender(bool firstRender)
    {
        if (refreshBoard && board is not null)
        {
            refreshBoard = false;
            board.Refresh();
        }
    }

    private async Task DroppedAsync(MudItemDropInfo<DealDto> drop)
    {
        if (drop.Item is { } deal && int.TryParse(drop.DropzoneIdentifier, NumberStyles.None, CultureInfo.InvariantCulture, out var stageId))
        {
            await MoveAsync(deal, stageId);
        }
    }

    private async Task MoveAsync(DealDto deal, int stageId)
    {
        if (deal.StageId == stageId)
        {
            return;
        }

        await RunAsync(async (service, a) =>
        {
            var moved = await service.MoveAsync(a, deal.Id, stageId);
            Snackbar.Add(string.Format(CultureInfo.CurrentCulture, T["Moved"], moved.StageName), Severity.Info);
        });
    }

    private async Task WonAsync(DealDto deal) => await RunAsync(async (service, a) =>
    {
        await service.CloseAsync(a, deal.Id, won: true, lostReason: null);
        Snackbar.Add(T["ClosedWon"], Severity.Success);
    });

    private void StartLost(DealDto deal)
    {
        closing = deal;
        lostReason = null;
        errors = [];
    }

    private async Task ConfirmLostAsync()
    {
        if (closing is not { } deal)
        {
            return;
        }

        await RunAsync(async (service, a) =>
        {
            await service.CloseAsync(a, deal.Id, won: false, lostReason);
            closing = null;
            Snackbar.Add(T["ClosedLost"], Severity.Info);
        });
    }

    private async Task CreateAsync()
    {
        var input = new DealInput(null, entry.Customer?.Id ?? 0, entry.Title ?? string.Empty, entry.Value, entry.StageId,
            ExpectedClose: entry.ExpectedClose is { } close ? DateOnly.FromDateTime(close) : null);
        await RunAsync(async (service, a) =>
        {
            await service.CreateAsync(a, input);
            entry.Customer = null;
            entry.Title = null;
            entry.Value = 0;
            entry.ExpectedClose = null;
            Snackbar.Add(T["Created"], Severity.Success);
        });
    }

    /// <summary>Runs a change, shows its field errors or why it was refused, and reloads the board and figures.</summary>
    private async Task RunAsync(Func<DealService, AccessContext, Task> change)
    {
        if (busy)
        {
            return;
        }

        busy = true;
        errors = [];
        generalError = null;
        try
        {
            await Session.RunAsync(async (services, a) =>
            {
                await change(services.GetRequiredService<DealService>(), a);
                return true;
            });
        }
        catch (ValidationFailedException e)
        {
            errors = e.ErrorsIn(CultureInfo.CurrentUICulture);
            var others = e.MessagesIn(CultureInfo.CurrentUICulture, ShownFields);
            generalError = others.Count == 0 ? null : string.Join(" ", others);
        }
        catch (NotFoundException e)
        {
            generalError = e.Reason.In(CultureInfo.CurrentUICulture);
        }
        finally
        {
            busy = false;
        }

        await LoadAsync();
    }

    private async Task<IEnumerable<CustomerOption>> SearchCustomersAsync(string? text, CancellationToken cancellationToken) =>
        await Session.RunAsync(async (services, a) =>
        {
            var q = services.GetRequiredService<SalgskraftDbContext>().Customers(a.Scope);
            if (!string.IsNullOrWhiteSpace(text))
            {
                q = q.Where(c => c.Name.Contains(text) || c.ExternalId.Contains(text));
            }

            return (IEnumerable<CustomerOption>)await q.OrderBy(c => c.Name).Take(20).Select(c => new CustomerOption(c.Id, c.Name))
                .ToListAsync(cancellationToken);
        }, cancellationToken) ?? [];
}
