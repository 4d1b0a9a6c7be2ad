namespace Salgskraft.Domain.Customers;

/// <summary>
/// Sales cost (<i>salgskostnad</i>, cost to serve) of a customer in a period: the activities logged on it, counted per
/// activity type, times the company's cost per activity of that type, plus any imported direct sales cost. Counts rather
/// than activity rows, so the figure comes straight from a per-type aggregate in the database.
/// </summary>
public static class SalesCost
{
    /// <param name="activityCountsByType">Number of activities per activity type id.</param>
    /// <param name="costPerActivityByType">The company's cost of one activity per activity type id (0 until the company sets it).</param>
    /// <param name="directSalesCost">Imported direct sales cost (travel, samples, commissions, …).</param>
    /// <exception cref="ArgumentException">A count refers to an activity type without a cost entry: a type of another company, or a bug.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative count.</exception>
    public static decimal Of(
        IReadOnlyDictionary<int, int> activityCountsByType,
        IReadOnlyDictionary<int, decimal> costPerActivityByType,
        decimal directSalesCost = 0m)
    {
        ArgumentNullException.ThrowIfNull(activityCountsByType);
        ArgumentNullException.ThrowIfNull(costPerActivityByType);

        var activityCost = 0m;
        foreach (var (typeId, count) in activityCountsByType)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(activityCountsByType));
            activityCost += costPerActivityByType.TryGetValue(typeId, out var cost)
                ? count * cost
                : throw new ArgumentException($"Activity type {typeId} has no cost per activity.", nameof(costPerActivityByType));
        }

        return activityCost + directSalesCost;
    }
}
