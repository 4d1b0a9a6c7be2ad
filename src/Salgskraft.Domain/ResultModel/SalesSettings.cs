namespace Salgskraft.Domain.ResultModel;

/// <summary>
/// A company's settings for the result model and the deal pipeline. A company without a row uses these defaults.
/// Each person's <see cref="ResultModelPlan"/> may override the plan figures.
/// </summary>
public sealed class SalesSettings
{
    public const decimal DefaultClosingRateGoal = 0.75m;
    public const decimal DefaultMeetingToQuoteGoal = 0.50m;

    /// <summary>7½ hours a day.</summary>
    public const int DefaultWorkingMinutesPerDay = 450;

    public int CompanyId { get; set; }

    /// <summary>Planned share of activities and pipeline on prioritised customers (0..1], default 70 %.</summary>
    public decimal PlannedShare { get; set; } = QualifyIndex.DefaultPlannedShare;

    public decimal ClosingRateGoal { get; set; } = DefaultClosingRateGoal;

    public decimal MeetingToQuoteGoal { get; set; } = DefaultMeetingToQuoteGoal;

    /// <summary>Working minutes per working day, the basis of the share of time with customers.</summary>
    public int WorkingMinutesPerDay { get; set; } = DefaultWorkingMinutesPerDay;

    /// <summary>An open deal is stuck after this many days without an activity or a stage change.</summary>
    public int StuckDealDays { get; set; } = Deals.StuckDeals.DefaultDays;

    public static SalesSettings DefaultFor(int companyId) => new() { CompanyId = companyId };
}
