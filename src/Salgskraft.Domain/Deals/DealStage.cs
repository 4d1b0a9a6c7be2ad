namespace Salgskraft.Domain.Deals;

/// <summary>
/// A step of the company's sales process. <see cref="Probability"/> (0..1) weights the pipeline.
/// <see cref="IsMeeting"/> and <see cref="IsQuote"/> mark the milestones of the conversion funnel
/// meeting → quote → won; a deal has reached a milestone when it has been in a stage at or after the first stage
/// so marked (by <see cref="Order"/>).
/// </summary>
public sealed class DealStage
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public required string Name { get; set; }

    /// <summary>Position in the process, ascending.</summary>
    public int Order { get; set; }

    /// <summary>Chance that a deal in this stage is won, 0..1.</summary>
    public decimal Probability { get; set; }

    /// <summary>A meeting with the customer has taken place.</summary>
    public bool IsMeeting { get; set; }

    /// <summary>A quote has been given; closing rate counts only deals that reached such a stage.</summary>
    public bool IsQuote { get; set; }
}
