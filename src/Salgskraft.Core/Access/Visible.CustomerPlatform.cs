using Salgskraft.Core.Data;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Organization;
using Salgskraft.Domain.Sales;

namespace Salgskraft.Core.Access;

public static partial class Visible
{
    /// <summary>
    /// The month aggregate by the same rule as <see cref="SalesLines"/>: a salesperson's rows are those where they are the
    /// salesperson, a manager's those of the people in their units.
    /// </summary>
    public static IQueryable<CustomerMonthSales> CustomerMonthSales(this SalgskraftDbContext db, VisibilityScope scope)
    {
        var q = db.CustomerMonthSales.Where(s => s.CompanyId == scope.CompanyId);
        if (scope.PersonId is { } personId)
        {
            return q.Where(s => s.SalespersonId == personId);
        }

        var people = db.People(scope);
        return scope.UnitIds is { } ? q.Where(s => people.Any(p => p.Id == s.SalespersonId)) : q;
    }

    /// <summary>
    /// Direct sales costs by the rule of <see cref="Activities"/>: a salesperson's are those booked on them, a manager's
    /// those booked on the people in their units; a cost booked on no one counts for the company only.
    /// </summary>
    public static IQueryable<DirectSalesCost> DirectSalesCosts(this SalgskraftDbContext db, VisibilityScope scope)
    {
        var q = db.DirectSalesCosts.Where(c => c.CompanyId == scope.CompanyId);
        if (scope.PersonId is { } personId)
        {
            return q.Where(c => c.PersonId == personId);
        }

        var people = db.People(scope);
        return scope.UnitIds is { } ? q.Where(c => people.Any(p => p.Id == c.PersonId)) : q;
    }
}
