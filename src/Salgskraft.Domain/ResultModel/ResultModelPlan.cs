namespace Salgskraft.Domain.ResultModel;

/// <summary>
/// One person's plan for the result model, set by their manager. A null figure takes the company's
/// <see cref="SalesSettings"/>. <see cref="YearlyResultGoal"/> is the revenue goal the actual result is measured
/// against (pro-rated by working days for shorter periods) until the goal system links its revenue goals here.
/// </summary>
public sealed class ResultModelPlan
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public int PersonId { get; set; }

    /// <summary>Revenue goal for a calendar year in the company's currency.</summary>
    public decimal? YearlyResultGoal { get; set; }

    public decimal? PlannedShare { get; set; }

    public decimal? ClosingRateGoal { get; set; }

    public decimal? MeetingToQuoteGoal { get; set; }
}
