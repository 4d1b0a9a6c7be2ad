namespace Salgskraft.Domain.Activities;

/// <summary>
/// A kind of sales activity, set per company. The company starts with <see cref="DefaultActivityTypes"/> and may
/// add its own; the cost per activity is what one such activity costs to perform, and feeds the customer's sales cost.
/// </summary>
public sealed class ActivityType
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    /// <summary>Stable key (e.g. <c>meeting</c>); default types are translated in the UI by this code.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>Aimed at customers; only such activities count towards time with customers and the qualify index.</summary>
    public bool IsCustomerFacing { get; set; }

    /// <summary>Cost of one activity of this type in the company's currency (a company setting, 0 until set).</summary>
    public decimal CostPerActivity { get; set; }
}
