using Salgskraft.Core.Data;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Organization;
using Salgskraft.Domain.Sales;

namespace Salgskraft.Core.Access;

/// <summary>
/// The visibility rule applied to queries. Every read of company data starts here, so no page or
/// endpoint can go around it: whole company for directors, units for managers, own data for salespeople.
/// Each feature adds the methods for its own kinds of data in a file of its own, <c>Visible.&lt;Feature&gt;.cs</c>.
/// </summary>
public static partial class Visible
{
    public static IQueryable<Person> People(this SalgskraftDbContext db, VisibilityScope scope)
    {
        var q = db.People.Where(p => p.CompanyId == scope.CompanyId);
        if (scope.PersonId is { } personId)
        {
            return q.Where(p => p.Id == personId);
        }

        return scope.UnitIds is { } units ? q.Where(p => p.UnitId != null && units.Contains(p.UnitId.Value)) : q;
    }

    public static IQueryable<Unit> Units(this SalgskraftDbContext db, VisibilityScope scope)
    {
        var q = db.Units.Where(u => u.CompanyId == scope.CompanyId);
        if (scope.PersonId is { } personId)
        {
            return q.Where(u => db.People.Any(p => p.Id == personId && p.UnitId == u.Id));
        }

        return scope.UnitIds is { } units ? q.Where(u => units.Contains(u.Id)) : q;
    }

    public static IQueryable<Customer> Customers(this SalgskraftDbContext db, VisibilityScope scope)
    {
        var q = db.Customers.Where(c => c.CompanyId == scope.CompanyId);
        if (scope.PersonId is { } personId)
        {
            return q.Where(c => c.OwnerId == personId);
        }

        var people = db.People(scope);
        return scope.UnitIds is { } units
            ? q.Where(c => (c.UnitId != null && units.Contains(c.UnitId.Value)) || people.Any(p => p.Id == c.OwnerId))
            : q;
    }

    /// <summary>Sales lines are the salesperson's own: those where they are the line's salesperson.</summary>
    public static IQueryable<SalesLine> SalesLines(this SalgskraftDbContext db, VisibilityScope scope)
    {
        var q = db.SalesLines.Where(l => l.CompanyId == scope.CompanyId);
        if (scope.PersonId is { } personId)
        {
            return q.Where(l => l.SalespersonId == personId);
        }

        var people = db.People(scope);
        return scope.UnitIds is { } ? q.Where(l => people.Any(p => p.Id == l.SalespersonId)) : q;
    }
}
