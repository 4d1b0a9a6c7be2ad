namespace Salgskraft.Domain.Deals;

/// <summary>
/// One move of a deal between stages. Kept so that a deal moved back (negotiation → quote) still counts as having
/// reached the later stage, and so that the manager can see how a deal has moved.
/// </summary>
public sealed class DealStageChange
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public int DealId { get; set; }

    /// <summary>Null for the deal's first stage.</summary>
    public int? FromStageId { get; set; }

    public int ToStageId { get; set; }

    public DateOnly ChangedOn { get; set; }

    public int? ChangedByPersonId { get; set; }
}
