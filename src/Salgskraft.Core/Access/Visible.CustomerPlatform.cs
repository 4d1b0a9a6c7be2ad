using Salgskraft.Core.Data;
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
}
