using System.Text.Json.Serialization;
using Salgskraft.Domain.Common;

namespace Salgskraft.Domain.Customers;

/// <summary>
/// The four cells of Ansoff's product/customer matrix: market penetration (existing × existing), product development
/// (new products to existing customers), market development (existing products to new customers) and diversification.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AnsoffQuadrant>))]
public enum AnsoffQuadrant
{
    ExistingProductsExistingCustomers,
    NewProductsExistingCustomers,
    ExistingProductsNewCustomers,
    NewProductsNewCustomers,
}

/// <summary>
/// One customer's net revenue in one product group (or product) in the period: the input of the Ansoff split.
/// </summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Revenue">Net revenue; credits included.</param>
/// <param name="IsNewProduct">The product group (or product) is a new one for the company.</param>
/// <param name="CustomerFirstPurchase">The customer's first purchase ever; the customer is new when it falls inside the period.</param>
public sealed record AnsoffRevenue(int CustomerId, decimal Revenue, bool IsNewProduct, DateOnly? CustomerFirstPurchase);

/// <summary>Revenue split into existing/new products × existing/new customers, each cell with its customers.</summary>
public sealed record AnsoffSplit(IReadOnlyList<AnsoffCell> Cells, decimal Revenue)
{
    /// <summary>
    /// Splits the period's revenue. A customer is new when its first purchase falls inside the period (as for the
    /// platform's <c>IsNew</c>); a customer buying both existing and new products appears in both product cells.
    /// </summary>
    /// <exception cref="ArgumentException">Rows of one customer disagree on its first purchase.</exception>
    public static AnsoffSplit Of(IEnumerable<AnsoffRevenue> rows, Period period)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(period);

        var all = rows.ToList();
        if (all.GroupBy(r => r.CustomerId).FirstOrDefault(g => g.Select(r => r.CustomerFirstPurchase).Distinct().Count() > 1) is { } conflict)
        {
            throw new ArgumentException($"Customer {conflict.Key} has rows with different first purchase dates.", nameof(rows));
        }

        var total = all.Sum(r => r.Revenue);
        var byQuadrant = all.ToLookup(r => QuadrantOf(r.IsNewProduct, r.CustomerFirstPurchase is { } first && period.Contains(first)));
        var cells = Enum.GetValues<AnsoffQuadrant>().Select(q =>
        {
            var revenue = byQuadrant[q].Sum(r => r.Revenue);
            return new AnsoffCell(
                q,
                q is AnsoffQuadrant.NewProductsExistingCustomers or AnsoffQuadrant.NewProductsNewCustomers,
                q is AnsoffQuadrant.ExistingProductsNewCustomers or AnsoffQuadrant.NewProductsNewCustomers,
                revenue,
                total != 0 ? revenue / total : 0m,
                byQuadrant[q].Select(r => r.CustomerId).Distinct().Order().ToList());
        }).ToList();
        return new AnsoffSplit(cells, total);
    }

    public AnsoffCell this[AnsoffQuadrant quadrant] => Cells[(int)quadrant];

    private static AnsoffQuadrant QuadrantOf(bool newProduct, bool newCustomer) => (newProduct, newCustomer) switch
    {
        (false, false) => AnsoffQuadrant.ExistingProductsExistingCustomers,
        (true, false) => AnsoffQuadrant.NewProductsExistingCustomers,
        (false, true) => AnsoffQuadrant.ExistingProductsNewCustomers,
        (true, true) => AnsoffQuadrant.NewProductsNewCustomers,
    };
}

/// <summary>One Ansoff cell: its revenue, its share of the period's revenue, and the customers with revenue in it.</summary>
public sealed record AnsoffCell(
    AnsoffQuadrant Quadrant,
    bool NewProducts,
    bool NewCustomers,
    decimal Revenue,
    decimal ShareOfRevenue,
    IReadOnlyList<int> CustomerIds);
