using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.ResultModel;

namespace Salgskraft.Domain.Tests.ResultModel;

public sealed class QuantityIndexTests
{
    private static readonly ActivityGoal Meetings = new(1, 10);
    private static readonly ActivityGoal Calls = new(2, 20);

    [Fact]
    public void Value_NoActivity_IsZero() =>
        Assert.Equal(0m, new QuantityIndex([new(Meetings, 0), new(Calls, 0)], 0m).Value);

    [Fact]
    public void Value_NoGoalAndNoWorkingTime_IsNull() =>
        Assert.Null(new QuantityIndex([], null).Value);

    [Fact]
    public void Value_GoalsOnly_IsActivityPart() =>
        Assert.Equal(75m, new QuantityIndex([new(Meetings, 5), new(Calls, 20)], null).Value);

    [Fact]
    public void Value_NoActivityGoals_IsTimePartOnly() =>
        Assert.Equal(50m, new QuantityIndex([], 0.20m).Value);

    [Fact]
    public void Value_ZeroTargetGoal_IsLeftOut() =>
        Assert.Equal(100m, new QuantityIndex([new(Meetings, 10), new(new ActivityGoal(3, 0), 0)], null).Value);

    [Fact]
    public void ActivityPart_OneGoalFarAbove_CountsAtMost150Percent() =>
        // calls 60/20 = 300 % counts as 150 %; meetings 0 %: (0 + 1.5) / 2
        Assert.Equal(75m, new QuantityIndex([new(Meetings, 0), new(Calls, 60)], null).ActivityPart);

    [Fact]
    public void ActivityPart_Weights_FollowTheGoals() =>
        // (3 × 1.0 + 1 × 0.5) / 4
        Assert.Equal(87.5m, new QuantityIndex([new(Meetings with { Weight = 3 }, 10), new(Calls, 10)], null).ActivityPart);

    [Theory]
    [InlineData("0.10", "25")]
    [InlineData("0.40", "100")]
    [InlineData("0.60", "100")]
    [InlineData("0.80", "100")]
    public void TimePart_AgainstBand_FallsOnlyBelowIt(string share, string expected)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;

        var part = new QuantityIndex([], decimal.Parse(share, culture)).TimePart;

        Assert.Equal(decimal.Parse(expected, culture), part);
    }

    [Fact]
    public void Value_BothParts_BlendsThreeQuartersActivity() =>
        // ¾ × 100 + ¼ × 50
        Assert.Equal(87.5m, new QuantityIndex([new(Meetings, 10)], 0.20m).Value);

    [Fact]
    public void From_Entities_CountsActivitiesInPeriodAndCustomerTime()
    {
        var types = DefaultActivityTypes.Create(1).Select((t, i) => { t.Id = i + 1; return t; }).ToList();
        var day = new DateOnly(2025, 3, 10);
        Activity[] activities =
        [
            new() { ActivityTypeId = 1, Date = day, DurationMinutes = 600, Qualified = true },
            new() { ActivityTypeId = 1, Date = day, DurationMinutes = 300 },
            new() { ActivityTypeId = 1, Date = day.AddMonths(-1), DurationMinutes = 600, Qualified = true },
        ];

        var index = QuantityIndex.From(activities, types, [new ActivityGoal(1, 4, QualifiedOnly: true)], Period.Month(2025, 3), 9_000);

        Assert.Equal(1, index.Goals.Single().Actual);
        Assert.Equal(0.1m, index.CustomerTimeShare);
        Assert.Equal(25m, index.ActivityPart);
    }
}
