using Salgskraft.Domain.Common;
using Salgskraft.Domain.Customers;

namespace Salgskraft.Domain.Tests.Customers;

/// <summary>Builders shared by the customer-platform tests.</summary>
internal static class PlatformTestData
{
    public static readonly Period Year2025 = Period.Year(2025);

    /// <summary>A customer with the given revenue and margin; cost follows from them.</summary>
    public static CustomerPeriodFigures Customer(
        int id, decimal revenue, decimal margin, decimal salesCost = 0m, DateOnly? firstPurchase = null, decimal? potential = null) =>
        new(id, $"C{id:00}", $"Customer {id}", revenue, revenue * (1m - margin), salesCost, firstPurchase ?? new DateOnly(2015, 1, 1), potential);

    /// <summary>
    /// DOMAIN.md §3 worked example (seed 003's slide): revenue in NOK million and margin, in the slide's order.
    /// </summary>
    public static IReadOnlyList<CustomerPeriodFigures> WorkedExample() =>
    [
        Customer(1, 22_500_000m, 0.22m),
        Customer(2, 15_600_000m, 0.12m),
        Customer(3, 12_600_000m, 0.14m),
        Customer(4, 1_800_000m, 0.19m),
        Customer(5, 1_500_000m, 0.21m),
        Customer(6, 1_200_000m, 0.34m),
        Customer(7, 700_000m, 0.24m),
        Customer(8, 500_000m, 0.36m),
        Customer(9, 300_000m, 0.23m),
        Customer(10, 100_000m, 0.25m),
    ];

    /// <summary>The revenues, in NOK million, of the customers in one group, largest first.</summary>
    public static decimal[] MillionsIn(PlatformResult result, PlatformGroup group) =>
        [.. result.Customers.Where(c => c.Group == group).Select(c => c.Revenue / 1_000_000m)];

    public static PlatformGroup GroupOf(PlatformResult result, int customerId) =>
        result.Customers.Single(c => c.CustomerId == customerId).Group;
}
