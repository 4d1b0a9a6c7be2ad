namespace Salgskraft.Domain.Activities;

/// <summary>
/// One logged sales activity. The raw material of the quantity index (how much), the qualify index (on which
/// customers) and the sales cost of a customer (activities × cost per type).
/// </summary>
public sealed class Activity
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    /// <summary>The activity's id in the company's CRM, when it came from an import (the key a re-import upserts by).</summary>
    public string? ExternalId { get; set; }

    public int PersonId { get; set; }

    /// <summary>Null for activities aimed at no single customer (a stand, a campaign to many).</summary>
    public int? CustomerId { get; set; }

    public int ActivityTypeId { get; set; }

    /// <summary>The deal the activity was for, if any; logging it moves the deal's <c>LastActivityOn</c>.</summary>
    public int? DealId { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>A qualified activity (a qualified meeting): the KPI "10 qualified customer meetings per week" counts only these.</summary>
    public bool Qualified { get; set; }

    public int DurationMinutes { get; set; }

    public ActivityChannel Channel { get; set; }

    public string? OutcomeNote { get; set; }
}
