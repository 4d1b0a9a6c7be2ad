namespace Salgskraft.Domain.Deals;

/// <summary>
/// A sales opportunity or quote. Open deals make the pipeline; closed ones give the closing rate and conversion
/// that the quality index rests on.
/// </summary>
public sealed class Deal
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    /// <summary>The deal's id in the company's CRM, when it came from an import (the key a re-import upserts by).</summary>
    public string? ExternalId { get; set; }

    public int CustomerId { get; set; }

    /// <summary>The salesperson responsible.</summary>
    public int PersonId { get; set; }

    public int? ProductGroupId { get; set; }

    public required string Title { get; set; }

    /// <summary>Expected order value in the company's currency.</summary>
    public decimal Value { get; set; }

    /// <summary>The current stage; for a closed deal, the stage it was in when it closed.</summary>
    public int StageId { get; set; }

    public DateOnly? ExpectedClose { get; set; }

    public DealStatus Status { get; set; }

    public string? LostReason { get; set; }

    public DateOnly CreatedOn { get; set; }

    /// <summary>Set when the deal is won or lost; decides the period its outcome counts in.</summary>
    public DateOnly? ClosedOn { get; set; }

    /// <summary>Date of the latest activity logged on the deal; with <see cref="StageChangedOn"/> it tells whether the deal is stuck.</summary>
    public DateOnly? LastActivityOn { get; set; }

    /// <summary>Date the deal entered its current stage (the creation date for a new deal).</summary>
    public DateOnly StageChangedOn { get; set; }
}
