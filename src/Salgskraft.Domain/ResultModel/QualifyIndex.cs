using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Deals;

namespace Salgskraft.Domain.ResultModel;

/// <summary>
/// Qualify (kvalifisere): is the effort going to the right customers? The share of customer-facing activities and
/// of pipeline value on prioritised customers, against the planned share.
/// </summary>
/// <remarks>
/// activity share a = prioritised activities / customer activities; pipeline share v = prioritised pipeline value /
/// pipeline value; actual share s = ½a + ½v, or whichever of a and v exists; index = 100 × s / planned share,
/// clamped to 0..200; null when neither a nor v exists (no customer activity and no pipeline).
/// </remarks>
public sealed record QualifyIndex(
    int CustomerActivities,
    int PrioritisedActivities,
    decimal PipelineValue,
    decimal PrioritisedPipelineValue,
    decimal PlannedShare)
{
    /// <summary>The company default for the planned share; a manager may set another per person.</summary>
    public const decimal DefaultPlannedShare = 0.70m;

    /// <summary>Weight of the activity share when both shares exist; the pipeline share gets the rest.</summary>
    public const decimal ActivityWeight = 0.5m;

    public decimal PlannedShare { get; } = PlannedShare is > 0m and <= 1m
        ? PlannedShare
        : throw new ArgumentOutOfRangeException(nameof(PlannedShare), PlannedShare, "The planned share must be above 0 and at most 1.");

    public decimal? ActivityShare => CustomerActivities > 0 ? (decimal)PrioritisedActivities / CustomerActivities : null;

    public decimal? PipelineShare => PipelineValue > 0 ? PrioritisedPipelineValue / PipelineValue : null;

    public decimal? ActualShare => (ActivityShare, PipelineShare) switch
    {
        ({ } a, { } v) => (ActivityWeight * a) + ((1 - ActivityWeight) * v),
        ({ } a, null) => a,
        (null, { } v) => v,
        _ => null,
    };

    /// <summary>The exact index; round with <see cref="IndexScale.Round"/> for output.</summary>
    public decimal? Value => ActualShare is { } s ? IndexScale.FromRatio(s, PlannedShare) : null;

    /// <summary>
    /// Gathers the figures for one person and period. Customer activities: in the period, of a customer-facing type,
    /// and linked to a customer (an activity aimed at no single customer can neither hit nor miss the target).
    /// Pipeline: the deals worked in the period, i.e. created on or before its end and not closed before its start,
    /// at their full value, because the question is where the effort went, not what it is likely to bring.
    /// </summary>
    public static QualifyIndex From(
        IEnumerable<Activity> activities,
        IEnumerable<ActivityType> types,
        IEnumerable<Deal> deals,
        IReadOnlySet<int> prioritisedCustomerIds,
        Period period,
        decimal plannedShare)
    {
        var typesById = types.ToDictionary(t => t.Id);
        var customerActivities = activities
            .Where(a => period.Contains(a.Date) && a.CustomerId is not null && CustomerTime.TypeOf(a, typesById).IsCustomerFacing)
            .ToList();
        var pipeline = deals
            .Where(d => d.CreatedOn <= period.End && (d.Status == DealStatus.Open || d.ClosedOn is not { } closed || closed >= period.Start))
            .ToList();

        return new QualifyIndex(
            customerActivities.Count,
            customerActivities.Count(a => prioritisedCustomerIds.Contains(a.CustomerId!.Value)),
            pipeline.Sum(d => d.Value),
            pipeline.Where(d => prioritisedCustomerIds.Contains(d.CustomerId)).Sum(d => d.Value),
            plannedShare);
    }
}
