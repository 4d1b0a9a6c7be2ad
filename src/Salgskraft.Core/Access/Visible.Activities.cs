using Salgskraft.Core.Data;
using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Deals;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Access;

/// <summary>
/// Activities and deals belong to the person who did them or is responsible for them: a salesperson sees their own,
/// a manager those of the people in their units, a director the company's.
/// </summary>
public static partial class Visible
{
    public static IQueryable<Activity> Activities(this SalgskraftDbContext db, VisibilityScope scope)
    {
        var q = db.Activities.Where(a => a.CompanyId == scope.CompanyId);
        if (scope.PersonId is { } personId)
        {
            return q.Where(a => a.PersonId == personId);
        }

        var people = db.People(scope);
        return scope.UnitIds is { } ? q.Where(a => people.Any(p => p.Id == a.PersonId)) : q;
    }

    public static IQueryable<Deal> Deals(this SalgskraftDbContext db, VisibilityScope scope)
    {
        var q = db.Deals.Where(d => d.CompanyId == scope.CompanyId);
        if (scope.PersonId is { } personId)
        {
            return q.Where(d => d.PersonId == personId);
        }

        var people = db.People(scope);
        return scope.UnitIds is { } ? q.Where(d => people.Any(p => p.Id == d.PersonId)) : q;
    }

    /// <summary>The stage history of the deals the caller may see.</summary>
    public static IQueryable<DealStageChange> DealStageChanges(this SalgskraftDbContext db, VisibilityScope scope)
    {
        var deals = db.Deals(scope);
        return db.DealStageChanges.Where(c => c.CompanyId == scope.CompanyId && deals.Any(d => d.Id == c.DealId));
    }

    /// <summary>Activity goals of the people the caller may see.</summary>
    public static IQueryable<PersonActivityGoal> PersonActivityGoals(this SalgskraftDbContext db, VisibilityScope scope)
    {
        var people = db.People(scope);
        return db.PersonActivityGoals.Where(g => g.CompanyId == scope.CompanyId && people.Any(p => p.Id == g.PersonId));
    }
}
