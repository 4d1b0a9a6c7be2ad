namespace Salgskraft.Domain.Activities;

/// <summary>
/// One logged sales activity. The raw material of the quantity index (how much), the qualify index (on which
/// customers) and the sales cost of a customer (activities × cost per type).
/// </summary>
public sealed class Activity
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public int PersonId { get; set; }

    /// <summary>Null for activities aimed at no single customer (a stand, a campaign to many).</summary>
    public int? CustomerId { get; set; }

    public int ActivityTypeId { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>A qualified activity (a qualified meeting): the KPI "10 qualified customer meetings per week" counts only these.</summary>
    public bool Qualified { get; set; }

    public int DurationMinutes { get; set; }

    public ActivityChannel Channel { get; set; }

    public string? OutcomeNote { get; set; }
}
