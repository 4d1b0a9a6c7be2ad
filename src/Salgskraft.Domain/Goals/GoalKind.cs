namespace Salgskraft.Domain.Goals;

/// <summary>
/// What a goal measures (DOMAIN.md §2). Result goals say what the sales effort must bring in;
/// KPI goals (performance goals) measure the effort that brings it. The numeric values are stored,
/// so new kinds are added at the end.
/// </summary>
public enum GoalKind
{
    // Result goals (resultatmål)
    Revenue = 1,
    Contribution = 2,
    MarginPercent = 3,
    NewCustomerRevenue = 4,
    ProductGroupRevenue = 5,
    ExistingCustomerGrowth = 6,
    CustomerLoss = 7,
    PlatformGroupShare = 8,

    // KPI goals (prestasjonsmål)
    PipelineValue = 101,
    QualifiedMeetingsPerWeek = 102,
    VisitsPerWeek = 103,
    ClosingRate = 104,
    ActivityCount = 105,
    CustomerSatisfaction = 106,
}

/// <summary>The two columns of the individual steering platform.</summary>
public enum GoalCategory
{
    Result,
    Kpi,
}

/// <summary>Whether a higher or a lower actual is the better one (customer loss is the lower-is-better case).</summary>
public enum GoalDirection
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>The unit a goal's target and actual are written in.</summary>
public enum GoalUnit
{
    /// <summary>An amount in the company's currency.</summary>
    Money,

    /// <summary>A fraction: 0.25 means 25 %.</summary>
    Percent,

    /// <summary>A number of things (customers, meetings, activities).</summary>
    Count,
}

/// <summary>
/// How the actual builds up over the period. A cumulative goal (revenue, activity count) starts at
/// zero and grows, so the expected value by a date is a share of the target. A level goal (margin %,
/// closing rate, pipeline value, meetings per week) is a state that should hold all along, so the
/// expected value is the target itself.
/// </summary>
public enum GoalAccrual
{
    Cumulative,
    Level,
}

/// <summary>The fixed facts about each <see cref="GoalKind"/>, in one place so the UI, the import and the evaluation agree.</summary>
public static class GoalKinds
{
    public static GoalCategory Category(this GoalKind kind) => (int)kind > 100 ? GoalCategory.Kpi : GoalCategory.Result;

    /// <summary>Customer loss is the one goal where less is better; a goal may still override its direction.</summary>
    public static GoalDirection DefaultDirection(this GoalKind kind) =>
        kind == GoalKind.CustomerLoss ? GoalDirection.LowerIsBetter : GoalDirection.HigherIsBetter;

    public static GoalUnit Unit(this GoalKind kind) => kind switch
    {
        GoalKind.MarginPercent or GoalKind.PlatformGroupShare or GoalKind.ClosingRate or GoalKind.CustomerSatisfaction
            => GoalUnit.Percent,
        GoalKind.CustomerLoss or GoalKind.QualifiedMeetingsPerWeek or GoalKind.VisitsPerWeek or GoalKind.ActivityCount
            => GoalUnit.Count,
        _ => GoalUnit.Money,
    };

    /// <summary>
    /// Amounts and counts earned through the period are cumulative; ratios, rates per week, the pipeline
    /// (a stock) and customer loss (known as a state: customers who have not come back) are levels.
    /// </summary>
    public static GoalAccrual Accrual(this GoalKind kind) => kind switch
    {
        GoalKind.Revenue or GoalKind.Contribution or GoalKind.NewCustomerRevenue or GoalKind.ProductGroupRevenue
            or GoalKind.ExistingCustomerGrowth or GoalKind.ActivityCount => GoalAccrual.Cumulative,
        _ => GoalAccrual.Level,
    };

    /// <summary>
    /// Kinds whose target needs a subject to be measurable: the product group, the platform group
    /// (Key/Star/…) or the activity type.
    /// </summary>
    public static bool NeedsSubject(this GoalKind kind) =>
        kind is GoalKind.ProductGroupRevenue or GoalKind.PlatformGroupShare or GoalKind.ActivityCount;
}
