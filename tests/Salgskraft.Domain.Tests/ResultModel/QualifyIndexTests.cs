using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Deals;
using Salgskraft.Domain.ResultModel;

namespace Salgskraft.Domain.Tests.ResultModel;

public sealed class QualifyIndexTests
{
    [Fact]
    public void Value_OnPlannedShare_Is100() =>
        Assert.Equal(100m, new QualifyIndex(10, 7, 1_000m, 700m, 0.70m).Value);

    [Fact]
    public void Value_NoPipeline_UsesActivitiesOnly() =>
        // 8 / 10 = 0.8 against 0.7
        Assert.Equal(114.3m, IndexScale.Round(new QualifyIndex(10, 8, 0m, 0m, 0.70m).Value));

    [Fact]
    public void Value_NoCustomerActivities_UsesPipelineOnly() =>
        Assert.Equal(50m, new QualifyIndex(0, 0, 1_000m, 350m, 0.70m).Value);

    [Fact]
    public void Value_NothingToMeasure_IsNull() =>
        Assert.Null(new QualifyIndex(0, 0, 0m, 0m, 0.70m).Value);

    [Fact]
    public void Value_FarAbovePlan_IsCappedAt200() =>
        Assert.Equal(200m, new QualifyIndex(10, 10, 1_000m, 1_000m, 0.40m).Value);

    [Theory]
    [InlineData("0")]
    [InlineData("-0.1")]
    [InlineData("1.01")]
    public void Constructor_PlannedShareOutsideZeroToOne_Throws(string share) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new QualifyIndex(1, 1, 0m, 0m, decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void From_Entities_CountsCustomerFacingLinkedActivitiesAndDealsWorkedInPeriod()
    {
        var march = Period.Month(2025, 3);
        var types = DefaultActivityTypes.Create(1).Select((t, i) => { t.Id = i + 1; return t; }).ToList();
        var day = new DateOnly(2025, 3, 10);
        Activity[] activities =
        [
            new() { ActivityTypeId = 1, Date = day, CustomerId = 1 },
            new() { ActivityTypeId = 2, Date = day, CustomerId = 2 },
            new() { ActivityTypeId = 1, Date = day, CustomerId = 1 },
            new() { ActivityTypeId = 4, Date = day, CustomerId = null },
            new() { ActivityTypeId = 6, Date = day, CustomerId = 1 },
            new() { ActivityTypeId = 1, Date = day.AddMonths(1), CustomerId = 1 },
        ];
        Deal[] deals =
        [
            new() { Title = "open", CustomerId = 1, Value = 300m, CreatedOn = new DateOnly(2025, 1, 1) },
            new() { Title = "won in March", CustomerId = 2, Value = 100m, CreatedOn = new DateOnly(2025, 1, 1), Status = DealStatus.Won, ClosedOn = day },
            new() { Title = "lost in February", CustomerId = 1, Value = 5_000m, CreatedOn = new DateOnly(2025, 1, 1), Status = DealStatus.Lost, ClosedOn = new DateOnly(2025, 2, 28) },
            new() { Title = "created in April", CustomerId = 1, Value = 5_000m, CreatedOn = new DateOnly(2025, 4, 1) },
        ];

        var index = QualifyIndex.From(activities, types, deals, new HashSet<int> { 1 }, march, 0.70m);

        Assert.Equal(new QualifyIndex(3, 2, 400m, 300m, 0.70m), index);
    }
}
