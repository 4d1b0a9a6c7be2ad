using Salgskraft.Domain.Activities;

namespace Salgskraft.Domain.Tests.Activities;

public sealed class DefaultActivityTypesTests
{
    [Fact]
    public void Create_NewCompany_HasTheSixTypesOfSeed003()
    {
        var types = DefaultActivityTypes.Create(companyId: 3);

        Assert.Equal(["meeting", "call", "offer", "stand", "quote", "other"], types.Select(t => t.Code));
        Assert.All(types, t => Assert.Equal(3, t.CompanyId));
        Assert.All(types, t => Assert.Equal(0m, t.CostPerActivity));
    }

    [Fact]
    public void Create_Other_IsTheOnlyTypeNotFacingCustomers()
    {
        var types = DefaultActivityTypes.Create(companyId: 3);

        Assert.Equal([DefaultActivityTypes.Other], types.Where(t => !t.IsCustomerFacing).Select(t => t.Code));
    }
}
