using Salgskraft.Domain.Organization;

namespace Salgskraft.Domain.Tests.Organization;

public sealed class VisibilityScopeTests
{
    private static readonly (int Id, int? ParentId)[] Units = [(1, null), (2, 1), (3, 1), (4, 2), (5, null)];

    [Fact]
    public void For_Director_SeesWholeCompany()
    {
        var scope = VisibilityScope.For(7, AccessRole.Director, personId: 3, personUnitId: 2, Units);

        Assert.True(scope.IsWholeCompany);
        Assert.Equal(7, scope.CompanyId);
    }

    [Fact]
    public void For_Manager_SeesOwnUnitAndBelow()
    {
        var scope = VisibilityScope.For(7, AccessRole.Manager, personId: 3, personUnitId: 2, Units);

        Assert.Equal([2, 4], scope.UnitIds!.Order());
    }

    [Fact]
    public void For_Salesperson_SeesOnlyOwn()
    {
        var scope = VisibilityScope.For(7, AccessRole.Salesperson, personId: 3, personUnitId: 2, Units);

        Assert.Equal(3, scope.PersonId);
        Assert.Null(scope.UnitIds);
    }

    [Fact]
    public void For_SalespersonWithoutPerson_SeesNothingRatherThanEverything()
    {
        var scope = VisibilityScope.For(7, AccessRole.Salesperson, personId: null, personUnitId: null, Units);

        Assert.False(scope.IsWholeCompany);
        Assert.Equal(0, scope.PersonId);
    }
}
