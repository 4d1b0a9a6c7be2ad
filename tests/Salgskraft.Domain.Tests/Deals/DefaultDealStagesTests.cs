using Salgskraft.Domain.Deals;

namespace Salgskraft.Domain.Tests.Deals;

public sealed class DefaultDealStagesTests
{
    [Fact]
    public void Create_NewCompany_HasRisingProbabilitiesAndMilestones()
    {
        var stages = DefaultDealStages.Create(companyId: 2);

        Assert.Equal([0.10m, 0.25m, 0.40m, 0.60m, 0.80m], stages.OrderBy(s => s.Order).Select(s => s.Probability));
        Assert.Equal(["Møte"], stages.Where(s => s.IsMeeting).Select(s => s.Name));
        Assert.Equal(["Tilbud", "Forhandling"], stages.Where(s => s.IsQuote).Select(s => s.Name));
        Assert.All(stages, s => Assert.Equal(2, s.CompanyId));
    }
}
