using System.Globalization;
using Microsoft.AspNetCore.Components;
using Salgskraft.Core.Common;
using Salgskraft.Core.Customers;
using Salgskraft.Domain.Customers;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.CustomerPlatform;

/// <summary>The director's form for the company's thresholds and target platform, in percent on screen, fractions stored.</summary>
public partial class PlatformSettingsForm
{
    private Model? form;
    private List<string> errors = [];
    private bool saving;
    private bool saved;

    [Inject]
    private UiSession Session { get; set; } = default!;

    [Parameter]
    public EventCallback OnSaved { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var value = await Session.RunAsync((services, a) => services.GetRequiredService<PlatformSettingsService>().GetAsync(a.Company.Id));
        form = value is null ? null : Model.From(value);
    }

    private async Task SaveAsync()
    {
        saving = true;
        saved = false;
        errors = [];
        try
        {
            await Session.RunAsync((services, a) => services.GetRequiredService<PlatformSettingsService>().SaveAsync(a, form!.ToValue()));
            saved = true;
            await OnSaved.InvokeAsync();
        }
        catch (ValidationFailedException e)
        {
            errors = [.. e.MessagesIn(CultureInfo.CurrentUICulture)];
        }
        finally
        {
            saving = false;
        }
    }

    private sealed class Model
    {
        public decimal RevenueSharePercent { get; set; }

        public decimal? MarginThresholdPercent { get; set; }

        public decimal ContributionFloor { get; set; }

        public bool AfterSalesCost { get; set; }

        public List<TargetModel> Targets { get; init; } = [];

        public bool FixedPotential { get; set; }

        public decimal? PotentialMediumFrom { get; set; }

        public decimal? PotentialHighFrom { get; set; }

        public int RegularFromMonths { get; set; }

        public int PartnerFromMonths { get; set; }

        public decimal PartnerSharePercent { get; set; }

        public static Model From(PlatformSettingsValue v) => new()
        {
            RevenueSharePercent = v.HighRevenueShare * 100m,
            MarginThresholdPercent = v.MarginThreshold * 100m,
            ContributionFloor = v.ContributionFloor,
            AfterSalesCost = v.MarginAfterSalesCost,
            Targets = [.. v.Targets.Select(t => new TargetModel { Group = t.Group, SharePercent = t.RevenueShare * 100m, MarginPercent = t.Margin * 100m })],
            FixedPotential = v.PotentialMediumFrom is not null || v.PotentialHighFrom is not null,
            PotentialMediumFrom = v.PotentialMediumFrom,
            PotentialHighFrom = v.PotentialHighFrom,
            RegularFromMonths = v.RegularFromMonths,
            PartnerFromMonths = v.PartnerFromMonths,
            PartnerSharePercent = v.PartnerShareOfWallet * 100m,
        };

        public PlatformSettingsValue ToValue() => new(
            RevenueSharePercent / 100m,
            MarginThresholdPercent / 100m,
            ContributionFloor,
            AfterSalesCost,
            [.. Targets.Select(t => new PlatformTargetValue(t.Group, t.SharePercent / 100m, t.MarginPercent / 100m))],
            FixedPotential ? PotentialMediumFrom : null,
            FixedPotential ? PotentialHighFrom : null,
            RegularFromMonths,
            PartnerFromMonths,
            PartnerSharePercent / 100m);
    }

    private sealed class TargetModel
    {
        public PlatformGroup Group { get; init; }

        public decimal? SharePercent { get; set; }

        public decimal? MarginPercent { get; set; }
    }
}
