using System.Text.Json.Serialization;

namespace Salgskraft.Domain.Customers;

/// <summary>How far a customer has come: from prospect through sporadic and regular purchases to partner (seed 003).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DevelopmentStage>))]
public enum DevelopmentStage
{
    Prospect,
    Sporadic,
    Regular,
    Partner,
}

/// <summary>
/// How often a customer bought in the twelve months that end with the period: the input of the development stage.
/// </summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="MonthsWithPurchases">Calendar months, of the twelve, in which the customer's net revenue was above zero (0–12).</param>
/// <param name="Revenue">Net revenue over the twelve months.</param>
/// <param name="Potential">Estimated yearly purchase of what we sell; null when not estimated.</param>
public sealed record PurchaseFrequency(int CustomerId, int MonthsWithPurchases, decimal Revenue, decimal? Potential);

/// <summary>One customer's stage, with the frequency and share of wallet it rests on.</summary>
public sealed record CustomerStage(int CustomerId, int MonthsWithPurchases, decimal? ShareOfWallet, DevelopmentStage Stage);

/// <summary>Customers by development stage, each stage with its customers.</summary>
public sealed record DevelopmentStages(IReadOnlyList<CustomerStage> Customers)
{
    /// <summary>
    /// Stages the customers. Partner: at least <see cref="DevelopmentStageSettings.PartnerFromMonths"/> months and a
    /// share of wallet at least <see cref="DevelopmentStageSettings.PartnerShareOfWallet"/> (a customer without a
    /// potential cannot be a partner: its share is unknown). Otherwise regular from
    /// <see cref="DevelopmentStageSettings.RegularFromMonths"/> months, sporadic from one month, prospect with none.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A month count outside 0–12.</exception>
    public static DevelopmentStages Of(IEnumerable<PurchaseFrequency> customers, DevelopmentStageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(settings);

        var rows = customers.OrderBy(c => c.CustomerId).Select(c =>
        {
            ArgumentOutOfRangeException.ThrowIfNegative(c.MonthsWithPurchases, nameof(customers));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(c.MonthsWithPurchases, 12, nameof(customers));
            var share = PotentialClasses.ShareOfWallet(c.Revenue, c.Potential);
            var stage = c.MonthsWithPurchases switch
            {
                0 => DevelopmentStage.Prospect,
                var m when m >= settings.PartnerFromMonths && share >= settings.PartnerShareOfWallet => DevelopmentStage.Partner,
                var m when m >= settings.RegularFromMonths => DevelopmentStage.Regular,
                _ => DevelopmentStage.Sporadic,
            };
            return new CustomerStage(c.CustomerId, c.MonthsWithPurchases, share, stage);
        }).ToList();
        return new DevelopmentStages(rows);
    }

    public int Count(DevelopmentStage stage) => Customers.Count(c => c.Stage == stage);

    public IReadOnlyList<int> CustomerIds(DevelopmentStage stage) =>
        Customers.Where(c => c.Stage == stage).Select(c => c.CustomerId).ToList();
}
