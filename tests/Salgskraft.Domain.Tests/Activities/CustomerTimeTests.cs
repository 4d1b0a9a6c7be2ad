using Salgskraft.Domain.Activities;
using static Salgskraft.Domain.Tests.Activities.ActivityTestData;

namespace Salgskraft.Domain.Tests.Activities;

public sealed class CustomerTimeTests
{
    private static readonly DateOnly Day = new(2025, 3, 3);

    [Theory]
    [InlineData("0.3999", CustomerTimeBand.Below)]
    [InlineData("0.40", CustomerTimeBand.Within)]
    [InlineData("0.50", CustomerTimeBand.Within)]
    [InlineData("0.60", CustomerTimeBand.Within)]
    [InlineData("0.6001", CustomerTimeBand.Above)]
    public void Classify_BandEdges_AreWithin(string share, CustomerTimeBand expected) =>
        Assert.Equal(expected, CustomerTime.Classify(decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Minutes_MixedActivities_CountsOnlyCustomerFacingFaceToFaceAndPhone()
    {
        var types = Types().ToDictionary(t => t.Id);
        Activity[] activities =
        [
            Activity(Meeting, Day, 90, ActivityChannel.FaceToFace),
            Activity(Call, Day, 15, ActivityChannel.Phone),
            Activity(Meeting, Day, 60, ActivityChannel.Digital),
            Activity(Other, Day, 120, ActivityChannel.FaceToFace),
        ];

        var minutes = CustomerTime.Minutes(activities, types);

        Assert.Equal(105, minutes);
    }

    [Fact]
    public void Share_NoWorkingTime_IsNull() => Assert.Null(CustomerTime.Share(100, 0));

    [Fact]
    public void Share_HalfTheWorkingTime_IsHalf() => Assert.Equal(0.5m, CustomerTime.Share(1125, 2250));

    [Fact]
    public void Minutes_UnknownType_Throws()
    {
        var types = Types().ToDictionary(t => t.Id);

        Assert.Throws<ArgumentException>(() => CustomerTime.Minutes([Activity(99, Day)], types));
    }
}
