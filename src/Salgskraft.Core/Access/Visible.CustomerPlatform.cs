using Salgskraft.Core.Data;
using Salgskraft.Domain.Activities;
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
    /// Activities whose cost counts towards the scope's sales cost: those performed by the scope's people (a salesperson's
    /// own, a manager's units'), as sales are counted by their salesperson.
    /// </summary>
    public static IQueryable<Activity> SalesCostActivities(this SalgskraftDbContext db, VisibilityScope scope)
    {
        var q = db.Activities.Where(a => a.CompanyId == scope.CompanyId);
        if (scope.PersonId is { } personId)
        {
            return q.Where(a => a.PersonId == personId);
        }

        var people = db.People(scope);
        return scope.UnitIds is { } ? q.Where(a => people.Any(p => p.Id == a.PersonId)) : q;
    }
}
