using System.Globalization;
using Microsoft.AspNetCore.Components;
using Salgskraft.Core.Customers;

namespace Salgskraft.Web.Features.CustomerPlatform;

/// <summary>
/// What-if controls of the platform page: thresholds that override the company's settings for the page only (the same
/// <see cref="PlatformOverrides"/> as the API's and CLI's), in percent on screen; an empty field keeps the company's value.
/// </summary>
public partial class PlatformWhatIf
{
    private readonly Model form = new();
    private bool expanded;

    /// <summary>The company's saved settings, shown beside each field.</summary>
    [Parameter, EditorRequired]
    public PlatformSettingsValue Company { get; set; } = default!;

    /// <summary>Whether the page currently shows what-if figures.</summary>
    [Parameter]
    public bool Active { get; set; }

    /// <summary>Whether the user may save the what-if as the company's settings (director or administrator).</summary>
    [Parameter]
    public bool CanSave { get; set; }

    /// <summary>Recompute with these overrides; null = the company's settings.</summary>
    [Parameter]
    public EventCallback<PlatformOverrides?> OnApply { get; set; }

    /// <summary>Save the applied overrides as the company's settings.</summary>
    [Parameter]
    public EventCallback OnSave { get; set; }

    private string CompanyText(string value) => string.Format(CultureInfo.CurrentCulture, L["WhatIf_CompanyValue"], value);

    private Task ApplyAsync() => OnApply.InvokeAsync(form.ToOverrides());

    private Task ResetAsync()
    {
        form.Clear();
        return OnApply.InvokeAsync(null);
    }

    private sealed class Model
    {
        public decimal? RevenueSharePercent { get; set; }

        public decimal? MarginThresholdPercent { get; set; }

        public decimal? ContributionFloor { get; set; }

        public bool? AfterSalesCost { get; set; }

        /// <summary>The overall margin as the threshold; the fixed field is then ignored.</summary>
        public bool OverallMargin { get; set; }

        public PlatformOverrides? ToOverrides() =>
            RevenueSharePercent is null && MarginThresholdPercent is null && ContributionFloor is null && AfterSalesCost is null && !OverallMargin
                ? null
                : new(RevenueSharePercent / 100m, OverallMargin ? null : MarginThresholdPercent / 100m, ContributionFloor, AfterSalesCost, OverallMargin);

        public void Clear() =>
            (RevenueSharePercent, MarginThresholdPercent, ContributionFloor, AfterSalesCost, OverallMargin) = (null, null, null, null, false);
    }
}
