using Microsoft.AspNetCore.Components;
using Salgskraft.Core.Activities;
using Salgskraft.Core.Common;
using Salgskraft.Core.ResultModel;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.ResultModel;

/// <summary>
/// The director's form for the company's result-model and pipeline settings and the cost of each activity type:
/// shares in percent on screen, fractions stored. Errors from Core are shown beside their field.
/// </summary>
public partial class SalesSettingsForm
{
    private Model? form;
    private HashSet<string> errors = [];
    private string currency = string.Empty;
    private bool saving;
    private bool saved;

    [Inject]
    private UiSession Session { get; set; } = default!;

    /// <summary>Called after a save, so the page can show the figures under the new settings.</summary>
    [Parameter]
    public EventCallback OnSaved { get; set; }

    protected override async Task OnInitializedAsync()
    {
        form = await Session.RunAsync(async (services, a) =>
        {
            currency = a.Company.Currency;
            var settings = await services.GetRequiredService<SalesSettingsService>().GetAsync(a);
            var types = await services.GetRequiredService<ActivityService>().TypesAsync(a);
            return Model.From(settings, types);
        });
    }

    private bool Has(string field) => errors.Contains(field);

    private async Task SaveAsync()
    {
        saving = true;
        saved = false;
        errors = [];
        try
        {
            await Session.RunAsync(async (services, a) =>
            {
                await services.GetRequiredService<SalesSettingsService>().UpdateAsync(a, form!.ToSettings());
                var activities = services.GetRequiredService<ActivityService>();
                foreach (var type in form.Types.Where(t => t.Cost != t.Original.CostPerActivity))
                {
                    try
                    {
                        type.Original = await activities.UpdateTypeAsync(a, type.Id, new ActivityTypeInput(type.Original.Name, type.Original.IsCustomerFacing, type.Cost));
                    }
                    catch (ValidationFailedException)
                    {
                        errors.Add($"cost-{type.Id}");
                    }
                }

                return true;
            });
            saved = errors.Count == 0;
            if (saved)
            {
                await OnSaved.InvokeAsync();
            }
        }
        catch (ValidationFailedException e)
        {
            errors = [.. e.Errors.Keys];
        }
        finally
        {
            saving = false;
        }
    }

    private sealed class Model
    {
        public decimal PlannedSharePercent { get; set; }

        public decimal ClosingRateGoalPercent { get; set; }

        public decimal MeetingToQuoteGoalPercent { get; set; }

        public int WorkingMinutesPerDay { get; set; }

        public int StuckDealDays { get; set; }

        public List<TypeCost> Types { get; init; } = [];

        public static Model From(SalesSettingsDto s, IEnumerable<ActivityTypeDto> types) => new()
        {
            PlannedSharePercent = s.PlannedShare * 100m,
            ClosingRateGoalPercent = s.ClosingRateGoal * 100m,
            MeetingToQuoteGoalPercent = s.MeetingToQuoteGoal * 100m,
            WorkingMinutesPerDay = s.WorkingMinutesPerDay,
            StuckDealDays = s.StuckDealDays,
            Types = [.. types.Select(t => new TypeCost(t) { Cost = t.CostPerActivity })],
        };

        public SalesSettingsDto ToSettings() => new(PlannedSharePercent / 100m, ClosingRateGoalPercent / 100m, MeetingToQuoteGoalPercent / 100m,
            WorkingMinutesPerDay, StuckDealDays);
    }

    private sealed class TypeCost(ActivityTypeDto original)
    {
        public ActivityTypeDto Original { get; set; } = original;

        public int Id => Original.Id;

        public string Name => Original.Name;

        public decimal Cost { get; set; }
    }
}
