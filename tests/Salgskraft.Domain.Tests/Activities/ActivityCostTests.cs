using Salgskraft.Domain.Activities;
using static Salgskraft.Domain.Tests.Activities.ActivityTestData;

namespace Salgskraft.Domain.Tests.Activities;

public sealed class ActivityCostTests
{
    [Fact]
    public void Of_Activities_SumsCostPerType()
    {
        var types = Types().ToDictionary(t => t.Id);
        types[Meeting].CostPerActivity = 1_500m;
        types[Call].CostPerActivity = 150m;
        var day = new DateOnly(2025, 3, 3);

        var cost = ActivityCost.Of([Activity(Meeting, day), Activity(Meeting, day), Activity(Call, day), Activity(Other, day)], types);

        Assert.Equal(3_150m, cost);
    }
}
