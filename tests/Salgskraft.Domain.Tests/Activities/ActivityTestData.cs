using Salgskraft.Domain.Activities;

namespace Salgskraft.Domain.Tests.Activities;

/// <summary>The default types with ids 1..6 (meeting, call, offer, stand, quote, other), as a saved company has them.</summary>
internal static class ActivityTestData
{
    public const int Meeting = 1;
    public const int Call = 2;
    public const int Offer = 3;
    public const int Stand = 4;
    public const int Quote = 5;
    public const int Other = 6;

    public static IReadOnlyList<ActivityType> Types()
    {
        var types = DefaultActivityTypes.Create(companyId: 1);
        for (var i = 0; i < types.Count; i++)
        {
            types[i].Id = i + 1;
        }

        return types;
    }

    public static Activity Activity(
        int typeId,
        DateOnly date,
        int minutes = 60,
        ActivityChannel channel = ActivityChannel.FaceToFace,
        bool qualified = false,
        int? customerId = 100) =>
        new()
        {
            CompanyId = 1,
            PersonId = 7,
            ActivityTypeId = typeId,
            Date = date,
            DurationMinutes = minutes,
            Channel = channel,
            Qualified = qualified,
            CustomerId = customerId,
        };
}
