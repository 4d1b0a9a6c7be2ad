using Salgskraft.Domain.Activities;
using static Salgskraft.Domain.Tests.Activities.ActivityTestData;

namespace Salgskraft.Domain.Tests.Activities;

public sealed class ActivityWeekSummaryTests
{
    // ISO week 2025-W10 runs Monday 3 March to Sunday 9 March.
    private static readonly DateOnly Monday = new(2025, 3, 3);

    [Fact]
    public void For_Week_CountsPerTypeAgainstGoalsAndIgnoresOtherWeeks()
    {
        Activity[] activities =
        [
            Activity(Meeting, Monday, 60, qualified: true),
            Activity(Meeting, Monday.AddDays(6), 60, qualified: true),
            Activity(Meeting, Monday.AddDays(2), 60),
            Activity(Meeting, Monday.AddDays(-1), 60, qualified: true),
            Activity(Meeting, Monday.AddDays(7), 60, qualified: true),
            Activity(Call, Monday, 30, ActivityChannel.Phone),
        ];
        ActivityGoal[] goals = [new(Meeting, 10, QualifiedOnly: true), new(Call, 20)];

        var summary = ActivityWeekSummary.For(2025, 10, activities, Types(), goals, workingMinutes: 2250);

        var meeting = summary.Lines.Single(l => l.Type.Id == Meeting);
        Assert.Equal((3, 2), (meeting.Count, meeting.Qualified));
        Assert.Equal(0.2m, meeting.Goal!.Attainment);
        Assert.Equal(0.05m, summary.Lines.Single(l => l.Type.Id == Call).Goal!.Attainment);
        Assert.Null(summary.Lines.Single(l => l.Type.Id == Stand).Goal);
        Assert.Equal(6, summary.Lines.Count);
        Assert.Equal(new DateOnly(2025, 3, 9), summary.Week.End);
    }

    [Fact]
    public void For_CustomerTime_IsShareOfWorkingMinutesWithBand()
    {
        Activity[] activities =
        [
            Activity(Meeting, Monday, 600),
            Activity(Call, Monday.AddDays(1), 300, ActivityChannel.Phone),
            Activity(Offer, Monday.AddDays(1), 300, ActivityChannel.Digital),
        ];

        var summary = ActivityWeekSummary.For(2025, 10, activities, Types(), [], workingMinutes: 2250);

        Assert.Equal(900, summary.CustomerMinutes);
        Assert.Equal(0.4m, summary.CustomerTimeShare);
        Assert.Equal(CustomerTimeBand.Within, summary.CustomerTimeBand);
    }

    [Fact]
    public void For_UnknownWorkingTime_HasNoShareOrBand()
    {
        var summary = ActivityWeekSummary.For(2025, 10, [Activity(Meeting, Monday)], Types(), [], workingMinutes: 0);

        Assert.Null(summary.CustomerTimeShare);
        Assert.Null(summary.CustomerTimeBand);
    }
}
