using Salgskraft.Core.Data;
using Salgskraft.Domain.Goals;

namespace Salgskraft.Core.Access;

public static partial class Visible
{
    /// <summary>
    /// Goals follow their owner: a person's goals are seen by whoever sees the person, a unit's by whoever sees the
    /// unit. The company's own goals are seen by everyone but salespeople, who see only their own goals.
    /// </summary>
    public static IQueryable<StoredGoal> Goals(this SalgskraftDbContext db, Domain.Organization.VisibilityScope scope)
    {
        var q = db.Goals.Where(g => g.CompanyId == scope.CompanyId);
        if (scope.PersonId is { } personId)
        {
            return q.Where(g => g.OwnerLevel == GoalOwnerLevel.Person && g.OwnerId == personId);
        }

        if (scope.UnitIds is null)
        {
            return q;
        }

        var people = db.People(scope).Select(p => p.Id);
        var units = db.Units(scope).Select(u => u.Id);
        return q.Where(g => g.OwnerLevel == GoalOwnerLevel.Company
            || (g.OwnerLevel == GoalOwnerLevel.Unit && units.Contains(g.OwnerId))
            || (g.OwnerLevel == GoalOwnerLevel.Person && people.Contains(g.OwnerId)));
    }

    /// <summary>Strategies follow the same rule as goals: a salesperson sees only a strategy of their own.</summary>
    public static IQueryable<Strategy> Strategies(this SalgskraftDbContext db, Domain.Organization.VisibilityScope scope)
    {
        var q = db.Strategies.Where(s => s.CompanyId == scope.CompanyId);
        if (scope.PersonId is { } personId)
        {
            return q.Where(s => s.OwnerLevel == GoalOwnerLevel.Person && s.OwnerId == personId);
        }

        if (scope.UnitIds is null)
        {
            return q;
        }

        var people = db.People(scope).Select(p => p.Id);
        var units = db.Units(scope).Select(u => u.Id);
        return q.Where(s => s.OwnerLevel == GoalOwnerLevel.Company
            || (s.OwnerLevel == GoalOwnerLevel.Unit && units.Contains(s.OwnerId))
            || (s.OwnerLevel == GoalOwnerLevel.Person && people.Contains(s.OwnerId)));
    }
}
